/**
 * Paper: Thanh Hóa's registrations printed on A4 and A3 landscape. Page 1 has the title, date, source, map and
 * legend; the panel follows at the page's width with every row (not the first few), table headers repeated on
 * each page a table runs over, nothing wider than the page, and no buttons, pickers or triangles.
 * The PDF is read back with poppler (pdftotext, pdftoppm) and page 1 saved as PNG in test-artifacts/.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { artifactsDir, startSession, waitForMap, type Session } from './harness';

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

/** Page content boxes (landscape, 10 mm margins), in CSS px. */
const mm = (v: number) => Math.round((v * 96) / 25.4);
const PAPERS = [
  { format: 'A4' as const, width: mm(277), height: mm(190), points: [842, 595] },
  { format: 'A3' as const, width: mm(400), height: mm(277), points: [1191, 842] },
];
const UI_GLYPHS = /[▼▲▶◀▾▴▸◂►◄]/;

let session: Session;
beforeAll(async () => {
  session = await startSession({ width: 1366, height: 768 });
});
afterAll(async () => {
  await session?.close();
});

/** Counts of rows shown on screen and of rows in all ("Xem tất cả (N)"), per collapsible list. */
async function fullCounts(session: Session): Promise<{ registrations: number; agencies: number; agenciesOnScreen: number }> {
  return session.page.evaluate(() => {
    // Collapsible puts its "show all (N)" button after the rows, in the same list.
    const all = (list: Element | null, rows: number) => {
      const m = list?.querySelector(':scope > button.link')?.textContent?.match(/\((\d+)\)/);
      return m ? Number(m[1]) : rows;
    };
    const regs = document.querySelector('table.registrations tbody');
    const agencies = document.querySelector('ul.agencies');
    const agenciesOnScreen = agencies?.querySelectorAll(':scope > li').length ?? 0;
    return {
      registrations: all(regs ?? null, regs?.querySelectorAll('tr').length ?? 0),
      agencies: all(agencies, agenciesOnScreen),
      agenciesOnScreen,
    };
  });
}

describe('print', () => {
  for (const paper of PAPERS) {
    it(`prints Thanh Hóa on ${paper.format} landscape`, async () => {
      const { page } = session;
      await page.emulateMedia({ media: 'screen' });
      await page.setViewportSize({ width: 1366, height: 768 });
      await page.goto(`${session.baseUrl}?province=thanh-hoa&view=registration`);
      await waitForMap(page, 'thanh-hoa:registration:2024');
      const counts = await fullCounts(session);
      expect(counts.agencies).toBeGreaterThan(counts.agenciesOnScreen); // the list is collapsed on screen

      // Print starts from the screen (the map keeps the area it shows there); the browser then lays the page out
      // at the paper's width.
      await page.emulateMedia({ media: 'print' });
      await page.setViewportSize({ width: paper.width, height: paper.height });
      await page.waitForFunction(() => {
        const map = window.ntmMap!.map;
        const box = map.getContainer();
        return map.getCanvas().clientWidth === box.clientWidth && map.getCanvas().clientHeight === box.clientHeight && !map.isMoving();
      });
      await page.evaluate(() => new Promise<void>((done) => (window.ntmMap!.map.once('idle', () => done()), window.ntmMap!.map.triggerRepaint())));

      const dom = await page.evaluate(() => {
        const visible = (e: Element) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && getComputedStyle(e).visibility !== 'hidden';
        };
        const controls = [...document.querySelectorAll('button, select, summary, input[type=file], .maplibregl-ctrl-attrib-button, .date-button')].filter(
          visible,
        );
        const pageWidth = document.documentElement.clientWidth;
        const tooWide = [...document.querySelectorAll('.app *')]
          .filter((e) => !e.closest('.map-wrap') && visible(e) && e.getBoundingClientRect().right > pageWidth + 1)
          .map((e) => `${e.tagName}.${e.className}`);
        const mapWrap = document.querySelector('.map-wrap')!.getBoundingClientRect();
        const canvas = window.ntmMap!.map.getCanvas().getBoundingClientRect();
        return {
          controls: controls.map((e) => `${e.tagName}#${e.id}.${e.className}`),
          text: document.body.innerText,
          tooWide,
          scrollWidth: document.documentElement.scrollWidth,
          pageWidth,
          mapInBox: canvas.left >= mapWrap.left - 1 && canvas.right <= mapWrap.right + 1 && canvas.bottom <= mapWrap.bottom + 1,
          mapFills: Math.abs(canvas.width - mapWrap.width) < 3,
          registrationRows: document.querySelectorAll('table.registrations tbody tr').length,
          agencyRows: document.querySelectorAll('ul.agencies > li').length,
          legend: document.querySelector('.map-wrap .legend h2')?.textContent ?? '',
          title: document.querySelector('.print-header h1')?.textContent ?? '',
          budgetFirst: document.querySelector('table.budget tbody tr td')?.firstChild?.textContent ?? '',
          budgetLast: [...document.querySelectorAll('table.budget tbody tr td:first-child')].pop()?.firstChild?.textContent ?? '',
        };
      });
      expect(dom.controls).toEqual([]);
      expect(dom.text).not.toMatch(UI_GLYPHS);
      expect(dom.tooWide).toEqual([]);
      expect(dom.scrollWidth).toBeLessThanOrEqual(dom.pageWidth);
      expect(dom.mapInBox).toBe(true);
      expect(dom.mapFills).toBe(true);
      expect(dom.registrationRows).toBe(counts.registrations);
      expect(dom.agencyRows).toBe(counts.agencies);
      expect(dom.title).toBe('Tỉnh Thanh Hóa — Đăng ký năm 2024 — đơn vị hành chính như khi lập kế hoạch');

      const pdf = await page.pdf({ format: paper.format, landscape: true, margin: { top: '10mm', bottom: '10mm', left: '10mm', right: '10mm' } });
      const dir = mkdtempSync(join(tmpdir(), 'ntm-print-'));
      const file = join(dir, `print-${paper.format}.pdf`);
      writeFileSync(file, pdf);
      writeFileSync(join(artifactsDir, `print-thanh-hoa-${paper.format}.pdf`), pdf);
      if (!hasPoppler) {
        console.warn('poppler-utils not installed (apt-get install -y poppler-utils): the PDF is not read back');
        return;
      }
      const info = execFileSync('pdfinfo', [file]).toString();
      const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info)!;
      expect([Math.round(Number(size[1])), Math.round(Number(size[2]))].map((v, i) => Math.abs(v - paper.points[i]) <= 2)).toEqual([true, true]);
      const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
      const pageText = (n: number) => execFileSync('pdftotext', ['-f', String(n), '-l', String(n), '-layout', file, '-']).toString();
      const texts = Array.from({ length: pages }, (_, i) => pageText(i + 1));
      expect(texts.join('\n')).not.toMatch(UI_GLYPHS);
      // Page 1: title, date, source, legend, the map's labels.
      expect(texts[0]).toContain('Tỉnh Thanh Hóa — Đăng ký năm 2024');
      expect(texts[0]).toMatch(/Ngày xuất: \d{2}\/\d{2}\/\d{4}/);
      expect(texts[0]).toContain('Nguồn: Kế hoạch');
      // The legend states its question (issue 15); a long question wraps on paper: its start is on page 1.
      expect(texts[0].replace(/\s+/g, ' ')).toContain(dom.legend.replace(/\s+/g, ' ').slice(0, 30));
      // A map label prints as text. Read in the PDF's drawing order (-raw): -layout regroups words by their position on
      // the page, and in one run of 20-odd it put this label's two words on two lines.
      expect(execFileSync('pdftotext', ['-f', '1', '-l', '1', '-raw', file, '-']).toString()).toContain('Mường Lát');
      // The panel starts on page 2; a table running over pages has its header on each of them.
      expect(texts[0]).not.toContain('Đơn vị đăng ký đạt chuẩn');
      const flat = texts.map((t) => t.replace(/\s+/g, ' '));
      const pageOf = (needle: string) => flat.findIndex((t) => t.includes(needle.replace(/\s+/g, ' ').trim()));
      const [first, last] = [pageOf(dom.budgetFirst), pageOf(dom.budgetLast)];
      expect(first).toBeGreaterThan(0);
      expect(last).toBeGreaterThanOrEqual(first);
      for (let p = first; p <= last; p++) expect(flat[p], `page ${p + 1}`).toContain('Khoản mục');
      execFileSync('pdftoppm', ['-r', '60', '-f', '1', '-l', String(Math.min(pages, 3)), '-png', file, join(artifactsDir, `print-thanh-hoa-${paper.format}`)]);
    });
  }
});
