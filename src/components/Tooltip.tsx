import { districtProgress } from '../domain/progress';
import { formatQuantity } from '../domain/quantity';
import { categoryLabel, legendEntries } from '../ui/legend';
import { communeCategory, countByLevel, districtStatus, agenciesOfDistrict, registrationsInDistrict, targetsOfDistrict } from '../domain/views';
import type { MessageKey } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { selectModel, selectT } from '../state/selectors';

export function Tooltip() {
  const t = useAppStore(selectT);
  const hover = useAppStore((s) => s.hover);
  const model = useAppStore(selectModel);
  const view = useAppStore((s) => s.view);
  const year = useAppStore((s) => s.year);
  if (!hover || !model) return null;
  const district = model.districts.find((d) => d.code === hover.code);
  if (!district) return null;

  const lines: string[] = [];
  if (view === 'level') {
    lines.push(t('tooltip.level', { level: t(`level.${districtStatus(model, district.code).level}` as MessageKey) }));
  } else if (view === 'registration') {
    const regs = countByLevel(registrationsInDistrict(model, district.code, year));
    const summary = regs.map(([level, n]) => `${n} × ${t(`level.${level}` as MessageKey)}`).join(', ');
    lines.push(t('tooltip.registrations', { year: String(year), summary: summary || t('tooltip.none') }));
    const targets = targetsOfDistrict(model, district.code, year).map((x) => `${x.label}: ${formatQuantity(x.planned ?? x.cumulative?.value ?? 0)}`);
    if (targets.length) lines.push(t('tooltip.targets', { year: String(year), summary: targets.join(', ') }));
  } else if (view === 'progress') {
    const p = districtProgress(model, district.code, year);
    if (p.planned === null) lines.push(t('tooltip.progressNone', { year: String(year) }));
    else if (p.recognised === null) lines.push(t('tooltip.progressUnknown', { planned: formatQuantity(p.planned) }));
    else lines.push(t('tooltip.progress', { recognised: p.recognised, planned: formatQuantity(p.planned), registered: p.registered }));
  } else {
    const agencies = agenciesOfDistrict(model, district.code);
    lines.push(t('tooltip.agency', { agency: agencies.join('; ') || t('agency.no-data') }));
  }
  const commune = hover.commune ? model.communes.find((c) => c.code === hover.commune) : undefined;
  if (commune) {
    const entries = legendEntries(model, view, year, t, 'commune');
    const category = communeCategory(model, commune.code, view, year);
    const criteria = model.criteria.find((c) => c.code === commune.code);
    return (
      <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
        <strong>{commune.name}</strong>
        <div className="small muted">{district.name}</div>
        <div>{categoryLabel(category, entries)}</div>
        {criteria && (
          <div>
            {t('col.criteria')}: {criteria.met}/{criteria.total}
          </div>
        )}
        <div className="hint">{t('tooltip.clickHint')}</div>
      </div>
    );
  }
  return (
    <div className="tooltip" role="tooltip" style={{ left: hover.x + 14, top: hover.y + 14 }}>
      <strong>{district.name}</strong>
      {lines.map((line) => (
        <div key={line}>{line}</div>
      ))}
      <div className="hint">{t('tooltip.clickHint')}</div>
    </div>
  );
}
