import { memo, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { NATIONAL_SLUG, PLAN_SLUGS } from '../data/load';
import { MAP_VIEWS, type MapView } from '../domain/views';
import { yearChoices } from '../domain/view-years';
import type { Language } from '../i18n/i18n';
import { hasDistrictControls, hasNational2025Tiers } from '../domain/scene';
import { useAppStore } from '../state/store';
import { selectScene, selectModel, selectT } from '../state/selectors';
import { UnitsControl } from './UnitsControl';
import { selectProvinceChoices2025 } from '../state/province-choices';
import { viewHasYear, viewShortName } from '../ui/legend';
import { RadioChoices, YearSelect } from './Choices';

/**
 * Whether the seven views fit on the header's row as a list (issue 16): in list mode, while the list needs no
 * sideways scroll; in compact mode (a dropdown), while the list's natural width is more than the dropdown's place
 * plus the row's free space. The list stays in the page, out of sight, to be measured. Phones list them in the menu.
 */
function useViewsFit(
  controls: RefObject<HTMLDivElement | null>,
  list: RefObject<HTMLFieldSetElement | null>,
  menu: RefObject<HTMLLabelElement | null>,
  deps: unknown[],
): boolean {
  const [fits, setFits] = useState(true);
  const observer = useRef<ResizeObserver | null>(null);
  useLayoutEffect(() => {
    const row = controls.current;
    if (!row) return;
    const measure = () => {
      const fieldset = list.current;
      if (!fieldset || window.matchMedia?.('(max-width: 480px)').matches) return setFits(true);
      if (!menu.current) return setFits(fieldset.scrollWidth <= fieldset.clientWidth + 1);
      const gap = parseFloat(getComputedStyle(row).columnGap) || 0;
      const shown = [...row.children].filter((c) => c !== fieldset && (c as HTMLElement).offsetParent !== null) as HTMLElement[];
      const used = shown.reduce((sum, c) => sum + c.offsetWidth, 0) + gap * Math.max(0, shown.length - 1);
      setFits(fieldset.scrollWidth <= menu.current.offsetWidth + (row.clientWidth - used));
    };
    // Before the first paint; then whenever the row changes size.
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(row);
    observer.current = ro;
    return () => {
      ro.disconnect();
      observer.current = null;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // What the row holds changed (the views' words, the year picker, the mode): measured again after the browser's
  // next layout — observing the row again delivers a first observation then — not by forcing a layout in the click
  // that switched the view (issue 19).
  useLayoutEffect(() => {
    const row = controls.current;
    const ro = observer.current;
    if (!row || !ro) return;
    ro.unobserve(row);
    ro.observe(row);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [fits, ...deps]);
  return fits;
}

/**
 * The province picker, a part of its own: a view switch re-renders the header, not this list of 63 provinces
 * (React sets every option of a re-rendered select: issue 19).
 */
const ProvinceSelect = memo(function ProvinceSelect() {
  const t = useAppStore(selectT);
  const provinces = useAppStore((s) => s.provinces);
  const slug = useAppStore((s) => s.provinceSlug);
  const { selectProvince } = useAppStore.getState();
  // From 1 July 2025 the picker offers the 34 provinces of that date (issue 14).
  const choices2025 = useAppStore(selectProvinceChoices2025);
  const seeded = choices2025 ? choices2025.filter((c) => c.planned) : provinces.filter((p) => PLAN_SLUGS.includes(p.slug));
  const others = choices2025 ? choices2025.filter((c) => !c.planned) : provinces.filter((p) => !PLAN_SLUGS.includes(p.slug));
  return (
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
  );
});

export function Header() {
  const t = useAppStore(selectT);
  const view = useAppStore((s) => s.view);
  const year = useAppStore((s) => s.year);
  const model = useAppStore(selectModel);
  const language = useAppStore((s) => s.language);
  const tier = useAppStore((s) => s.tier);
  const slug = useAppStore((s) => s.provinceSlug);
  const scene = useAppStore(selectScene);
  const districtTier = hasDistrictControls(scene);
  // The national overview from 1 July 2025: the 34 provinces or all of today's communes ("Tỉnh | Xã", tier=commune).
  const nationalTiers = hasNational2025Tiers(scene);
  const { setView, setYear, setLanguage, setTier } = useAppStore.getState();

  // Each view offers the years it has data for (domain/view-years.ts).
  const years = model ? yearChoices(model, view) : [];
  // On a phone the controls fold into a menu under the header's one row.
  const [menuOpen, setMenuOpen] = useState(false);
  const controlsRef = useRef<HTMLDivElement>(null);
  const listRef = useRef<HTMLFieldSetElement>(null);
  const viewMenuRef = useRef<HTMLLabelElement>(null);
  const viewsFit = useViewsFit(controlsRef, listRef, viewMenuRef, [language, districtTier, view, tier, slug, viewHasYear(view)]);

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
      <div className={`controls${menuOpen ? ' open' : ''}`} id="header-controls" ref={controlsRef}>
        <ProvinceSelect />
        <UnitsControl />
        {(districtTier || nationalTiers) && (
          <RadioChoices
            className="tiers"
            legend={t('tier.label')}
            name="tier"
            options={['district', 'commune'] as const}
            value={tier}
            onChange={setTier}
            label={(tierId) => t(nationalTiers && tierId === 'district' ? 'tier.province' : `tier.${tierId}`)}
          />
        )}
        {districtTier && (
          // Where the list does not fit, it stays here out of sight (measured) and inert; the dropdown below is the choice.
          <fieldset
            className={`views view-list${viewsFit ? '' : ' measuring'}`}
            ref={listRef}
            aria-hidden={!viewsFit || undefined}
            inert={!viewsFit || undefined}
          >
            <legend>{t('picker.view')}</legend>
            {MAP_VIEWS.map((v: MapView) => (
              <label key={v} className={v === view ? 'active' : ''}>
                <input type="radio" name="view" value={v} checked={v === view} onChange={() => setView(v)} />
                {viewShortName(t, v)}
              </label>
            ))}
          </fieldset>
        )}
        {districtTier && !viewsFit && (
          <label className="view-menu" ref={viewMenuRef}>
            <span>{t('picker.view')}</span>
            <select id="view-picker" aria-label={t('picker.view')} value={view} onChange={(e) => setView(e.target.value as MapView)}>
              {MAP_VIEWS.map((v: MapView) => (
                <option key={v} value={v}>
                  {viewShortName(t, v)}
                </option>
              ))}
            </select>
          </label>
        )}
        {districtTier && viewHasYear(view) && <YearSelect id="year-picker" label={t('picker.year')} years={years} value={year} onChange={setYear} />}
        <label>
          <span>{t('app.language')}</span>
          <select id="language-picker" value={language} onChange={(e) => void setLanguage(e.target.value as Language)}>
            <option value="vi">Tiếng Việt</option>
            <option value="en">English</option>
          </select>
        </label>
      </div>
    </header>
  );
}
