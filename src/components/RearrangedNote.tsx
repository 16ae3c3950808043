/** In the units after the 2023–2025 rearrangement: what a unit was formed from, its predecessors' levels and the rule. */
import { planName } from '../domain/history';
import type { RearrangedModel } from '../domain/rearranged';
import type { MessageKey } from '../i18n/i18n';
import { formatDate } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { selectEra, selectModel, selectT } from '../state/selectors';
import { LevelBadge, SourceNote } from './parts';

export function RearrangedNote({ code }: { code: string | null }) {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const era = useAppStore(selectEra);
  const model = useAppStore(selectModel) as RearrangedModel | null;
  const history = useAppStore((s) => s.history);
  if (era !== 'rearranged' || !model?.mergedFrom || !history?.wave) return null;
  const changes = history.changes.filter((c) => c.date === history.wave!.date && c.kind !== 'reorganise' && (code ? c.to === code : c.tier === 'district'));
  const from = code ? model.mergedFrom.get(code) : undefined;
  const inherited = code ? model.inheritedStatuses.filter((s) => s.resolved.code === code) : [];
  return (
    <section className="rearranged-note" data-rearranged={code ?? 'province'}>
      <p className="small">
        <strong>{t('units.era.rearranged', { date: formatDate(history.wave.date, language) })}</strong>
      </p>
      {from && <p data-merged-from={from.join(',')}>{t('rearranged.mergedFrom', { names: from.map((c) => planName(history, c)).join(' + ') })}</p>}
      {from && <p className="warn small">{t('rearranged.awaiting')}</p>}
      {inherited.length > 0 && (
        <div className="small">
          {t('rearranged.inherited')}:
          <ul className="plain">
            {inherited.map((s) => (
              <li key={s.id}>
                {s.unit.name}: <LevelBadge level={s.level} /> <SourceNote source={s.source} />
              </li>
            ))}
          </ul>
        </div>
      )}
      {changes.length > 0 && (
        <ul className="plain small changes">
          {changes.map((c) => (
            <li key={c.id}>
              {t(`change.${c.kind}` as MessageKey)}: {c.fromNames.join(' + ')} → {c.toName}{' '}
              <span className="muted">({t(`evidence.${c.evidence}` as MessageKey)})</span>
            </li>
          ))}
        </ul>
      )}
      {history.wave.plan && (
        <p className="small" data-plan-quote>
          {t('rearranged.planSays', { quote: history.wave.plan.quote, section: history.wave.plan.section })}
        </p>
      )}
      <p className="rule small muted">{t('rearranged.rule')}</p>
    </section>
  );
}
