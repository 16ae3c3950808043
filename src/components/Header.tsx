import { useState } from 'react';
import { NATIONAL_SLUG, PLAN_SLUGS } from '../data/load';
import { MAP_VIEWS, registrationYears, type MapView } from '../domain/views';
import type { Language } from '../i18n/i18n';
import { hasDistrictControls } from '../domain/scene';
import { useAppStore } from '../state/store';
import { selectScene, selectModel, selectT } from '../state/selectors';
import { UnitsControl } from './UnitsControl';
import { selectProvinceChoices2025 } from '../state/province-choices';
import { viewHasYear, viewShortName } from '../ui/legend';
import { RadioChoices, YearSelect } from './Choices';

export function Header() {
  const t = useAppStore(selectT);
  const provinces = useAppStore((s) => s.provinces);
  const slug = useAppStore((s) => s.provinceSlug);
  const view = useAppStore((s) => s.view);
  const year = useAppStore((s) => s.year);
  const model = useAppStore(selectModel);
  const language = useAppStore((s) => s.language);
  const tier = useAppStore((s) => s.tier);
  const districtTier = hasDistrictControls(useAppStore(selectScene));
  const { selectProvince, setView, setYear, setLanguage, setTier } = useAppStore.getState();

  // From 1 July 2025 the picker offers the 34 provinces of that date (issue 14).
  const choices2025 = useAppStore(selectProvinceChoices2025);
  const seeded = choices2025 ? choices2025.filter((c) => c.planned) : provinces.filter((p) => PLAN_SLUGS.includes(p.slug));
  const others = choices2025 ? choices2025.filter((c) => !c.planned) : provinces.filter((p) => !PLAN_SLUGS.includes(p.slug));
  const years = model ? registrationYears(model) : [];
  // On a phone the controls fold into a menu under the header's one row.
  const [menuOpen, setMenuOpen] = useState(false);

  return (
    <header className="header">
      <div className="brand">
        <h1>{t('app.title')}</h1>
        <p>{t('app.subtitle')}</p>
      </div>
      <button
        type="button"
        className="menu-toggle"
        id="menu-toggle"
        aria-expanded={menuOpen}
        aria-controls="header-controls"
        onClick={() => setMenuOpen((open) => !open)}
      >
        <span aria-hidden="true">☰</span> {t('layout.menu')}
      </button>
      <div className={`controls${menuOpen ? ' open' : ''}`} id="header-controls">
        <label>
          <span>{t('picker.province')}</span>
          <select id="province-picker" value={slug ?? ''} onChange={(e) => void selectProvince(e.target.value)}>
            <option value={NATIONAL_SLUG}>{t('national.option')}</option>
            <optgroup label={t('picker.province.seed')}>
              {seeded.map((p) => (
                <option key={p.slug} value={p.slug}>
                  {p.name}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('picker.province.other')}>
              {others.map((p) => (
                <option key={p.slug} value={p.slug}>
                  {p.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <UnitsControl />
        {districtTier && (
          <RadioChoices
            className="tiers"
            legend={t('tier.label')}
            name="tier"
            options={['district', 'commune'] as const}
            value={tier}
            onChange={setTier}
            label={(tierId) => t(`tier.${tierId}`)}
          />
        )}
        {districtTier && (
          <RadioChoices
            legend={t('picker.view')}
            name="view"
            options={MAP_VIEWS}
            value={view}
            onChange={(v: MapView) => setView(v)}
            label={(v) => viewShortName(t, v)}
          />
        )}
        {districtTier && viewHasYear(view) && <YearSelect id="year-picker" label={t('picker.year')} years={years} value={year} onChange={setYear} />}
        <label>
          <span>{t('app.language')}</span>
          <select id="language-picker" value={language} onChange={(e) => setLanguage(e.target.value as Language)}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
    </header>
  );
}
