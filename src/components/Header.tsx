import { useState } from 'react';
import { NATIONAL_SLUG, PLAN_SLUGS } from '../data/load';
import { MAP_VIEWS, registrationYears, type MapView } from '../domain/views';
import type { Language } from '../i18n/i18n';
import { hasDistrictControls, hasNational2025Tiers } from '../domain/scene';
import { useAppStore } from '../state/store';
import { selectScene, selectModel, selectT } from '../state/selectors';
import { UnitsControl } from './UnitsControl';
import { selectProvinceChoices2025 } from '../state/province-choices';
import { viewHasYear, viewShortName } from '../ui/legend';

export function Header() {
  const t = useAppStore(selectT);
  const provinces = useAppStore((s) => s.provinces);
  const slug = useAppStore((s) => s.provinceSlug);
  const view = useAppStore((s) => s.view);
  const year = useAppStore((s) => s.year);
  const model = useAppStore(selectModel);
  const language = useAppStore((s) => s.language);
  const tier = useAppStore((s) => s.tier);
  const scene = useAppStore(selectScene);
  const districtTier = hasDistrictControls(scene);
  // The national overview from 1 July 2025: the 34 provinces or all of today's communes ("Tỉnh | Xã", tier=commune).
  const nationalTiers = hasNational2025Tiers(scene);
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
        {(districtTier || nationalTiers) && (
          <fieldset className="views tiers">
            <legend>{t('tier.label')}</legend>
            {(['district', 'commune'] as const).map((tierId) => (
              <label key={tierId} className={tierId === tier ? 'active' : ''}>
                <input type="radio" name="tier" value={tierId} checked={tierId === tier} onChange={() => setTier(tierId)} />
                {t(nationalTiers && tierId === 'district' ? 'tier.province' : `tier.${tierId}`)}
              </label>
            ))}
          </fieldset>
        )}
        {districtTier && (
          <fieldset className="views">
            <legend>{t('picker.view')}</legend>
            {MAP_VIEWS.map((v: MapView) => (
              <label key={v} className={v === view ? 'active' : ''}>
                <input type="radio" name="view" value={v} checked={v === view} onChange={() => setView(v)} />
                {viewShortName(t, v)}
              </label>
            ))}
          </fieldset>
        )}
        {districtTier && viewHasYear(view) && (
          <label>
            <span>{t('picker.year')}</span>
            <select id="year-picker" value={year} onChange={(e) => setYear(Number(e.target.value))}>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
        )}
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
