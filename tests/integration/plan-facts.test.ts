/**
 * The facts table: every fact of a plan with its citation. Checked three ways:
 * hand-made lists of facts read in the plans (tests/fixtures/checked-facts) found through the export path;
 * every fact's quote occurs verbatim (NFC, whitespace-insensitive) in its plan; the completeness summary adds up.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createTranslator, loadLanguage } from '../../src/i18n/i18n';
import { citation, factsBySection, outlineEntryOf, planFacts } from '../../src/domain/facts';
import { addQuantities, formatQuantity, sumQuantities } from '../../src/domain/quantity';
import { buildTable, TABLE_IDS, type Table } from '../../src/domain/tables';
import { loadProvinceModel, planSlugs } from '../../scripts/lib/province-model';
import { haveSeeds, seeds, SEEDS_MISSING } from '../seeds';
import { CHECKED_FACTS, type CheckedFact } from '../fixtures/checked-facts';

await loadLanguage('en'); // English is loaded on demand in the app

const t = createTranslator('vi');
const factsTable = (slug: string): Table => buildTable(loadProvinceModel(slug), 'facts', { t, language: 'vi' });
const squash = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ').trim();
const fold = (s: string) => squash(s).toLocaleLowerCase('vi');

function matches(row: Table['rows'][number], fact: CheckedFact): boolean {
  const has = (cell: unknown, part: string) => typeof cell === 'string' && fold(cell).includes(fold(part));
  return (
    row.factKind === t(`factKind.${fact.kind}`) &&
    typeof row.section === 'string' &&
    row.section.startsWith(fact.section) &&
    has(row.factLabel, fact.label) &&
    (fact.subject === undefined || has(row.subject, fact.subject)) &&
    (fact.value === undefined || row.value === fact.value) &&
    (fact.cumulative === undefined || row.cumulative === fact.cumulative) &&
    (fact.measure === undefined || row.measure === fact.measure) &&
    (fact.year === undefined || String(row.year) === fact.year) &&
    (fact.agency === undefined || has(row.agency, fact.agency)) &&
    (fact.coordinating === undefined || has(row.coordinating, fact.coordinating)) &&
    (fact.deadline === undefined || row.deadline === fact.deadline) &&
    (fact.due === undefined || row.due === fact.due)
  );
}

describe('facts checked by hand against the plans, through the export path', () => {
  for (const [slug, facts] of Object.entries(CHECKED_FACTS)) {
    describe(slug, () => {
      const table = factsTable(slug);
      it.each(facts.map((f) => [`${f.kind} · ${f.section} · ${f.label}`, f] as const))('%s', (_name, fact) => {
        const found = table.rows.filter((row) => matches(row, fact));
        const near = table.rows.filter((row) => typeof row.factLabel === 'string' && squash(row.factLabel).includes(squash(fact.label)));
        expect(found.length, `no row matches; rows with that label: ${JSON.stringify(near, null, 1)}`).toBeGreaterThan(0);
      });
    });
  }
});

describe('facts table and citations', () => {
  it('has one row per fact, with its citation and quote, for every plan', () => {
    for (const slug of planSlugs()) {
      const model = loadProvinceModel(slug);
      const table = buildTable(model, 'facts', { t, language: 'vi' });
      expect(table.rows.length, slug).toBe(planFacts(model.plan).length);
      for (const row of table.rows) {
        expect(row.source, slug).toMatch(/^KH \d{4}(–\d{4})? /);
        expect(String(row.quote).length).toBeGreaterThan(1);
      }
    }
  });

  it('no table cites a plan by its file name, and short row references are spelt out', () => {
    for (const slug of planSlugs()) {
      const model = loadProvinceModel(slug);
      for (const id of TABLE_IDS.filter((x) => !['crosswalk', 'new-communes', 'unit-changes'].includes(x))) {
        const table = buildTable(model, id, { t, language: 'vi' });
        for (const row of table.rows) {
          if (row.source == null) continue;
          expect(String(row.source), `${slug} ${id}`).not.toMatch(/\d{3}_[0-9a-f]{16}|\.txt|TT \d/);
        }
      }
    }
    const model = loadProvinceModel('ninh-binh');
    expect(citation(model.plan, { section: 'Phụ lục II, mục I', row: '3 (-1)', quote: 'x' }, t)).toBe('KH 2024 Ninh Bình · Phụ lục II, mục I · dòng 3, ý 1');
    expect(citation(loadProvinceModel('quang-nam').plan, { section: 'Mục III', row: '2', quote: 'x' }, createTranslator('en'))).toBe(
      'KH 2024–2025 Quảng Nam · Mục III · row 2',
    );
  });

  it('a plan range stays a range in the targets table (Ninh Thuận "04-05 xã" nâng cao)', () => {
    const targets = buildTable(loadProvinceModel('ninh-thuan'), 'targets', { t, language: 'vi' });
    const advanced = targets.rows.find((r) => String(r.indicator).includes('nâng cao'));
    expect(advanced?.planned).toBe('4–5');
  });
});

describe('ranges', () => {
  it('sums of ranges are ranges; equal ends make a number', () => {
    expect(addQuantities({ min: 4, max: 5 }, 2)).toEqual({ min: 6, max: 7 });
    expect(sumQuantities([{ min: 8, max: 9 }, { min: 4, max: 5 }, 1])).toEqual({ min: 13, max: 15 });
    expect(sumQuantities([3, 4])).toBe(7);
    expect(formatQuantity({ min: 4, max: 5 })).toBe('4–5');
    expect(formatQuantity(1.5)).toBe('1,5');
  });
});

describe('completeness summary', () => {
  it('counts every fact once, under the longest outline section its section starts with', () => {
    const outline = [
      { section: 'Mục II', title: 'Mục tiêu' },
      { section: 'Mục II.2', title: 'x' },
      { section: 'Phụ lục I', title: 'y' },
    ];
    expect(outlineEntryOf(outline, 'Mục II.2.a')?.section).toBe('Mục II.2');
    expect(outlineEntryOf(outline, 'Mục II (Mục tiêu), mục 2')?.section).toBe('Mục II');
    expect(outlineEntryOf(outline, 'Mục III.4')).toBeUndefined();
    expect(outlineEntryOf(outline, 'Phụ lục II, mục I')).toBeUndefined();
    expect(outlineEntryOf(outline, 'Phụ lục I, mục B')?.section).toBe('Phụ lục I');
    for (const slug of planSlugs()) {
      const model = loadProvinceModel(slug);
      const facts = planFacts(model.plan);
      const sections = factsBySection(model.plan, facts);
      expect(
        sections.reduce((n, s) => n + s.total, 0),
        slug,
      ).toBe(facts.length);
      const summary = buildTable(model, 'facts-summary', { t, language: 'vi' });
      expect(summary.rows[summary.rows.length - 1].total).toBe(facts.length);
      // Every section of the outline has a row, even with no fact.
      for (const o of model.plan.document.outline ?? [])
        expect(
          summary.rows.some((r) => r.section === o.section),
          `${slug} ${o.section}`,
        ).toBe(true);
    }
  });

  it('every plan has an outline and every fact falls in one of its sections', () => {
    for (const slug of planSlugs()) {
      const plan = loadProvinceModel(slug).plan;
      expect(plan.document.outline?.length, slug).toBeGreaterThan(0);
      const outside = planFacts(plan).filter((f) => !outlineEntryOf(plan.document.outline ?? [], f.source.section));
      expect([...new Set(outside.map((f) => f.source.section))], slug).toEqual([]);
    }
  });
});

describe.skipIf(!haveSeeds)(`every fact's quote is in its plan${haveSeeds ? '' : ` — skipped: ${SEEDS_MISSING}`}`, () => {
  it.each(planSlugs())('%s', (slug) => {
    const plan = loadProvinceModel(slug).plan;
    const text = squash(readFileSync(join(seeds, plan.document.file), 'utf8'));
    const missing = planFacts(plan).filter((f) => !text.includes(squash(f.source.quote)));
    expect(missing.map((f) => `${f.id}: ${f.source.quote}`)).toEqual([]);
  });
});
