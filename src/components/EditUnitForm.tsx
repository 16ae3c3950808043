/** Editing one unit's level, criteria, registration and agency; the change is recorded with who and when. */
import { useEffect, useState } from 'react';
import { RECOGNITION_LEVELS, type RecognitionLevel } from '../domain/levels';
import type { UnitFacts } from '../domain/overlay';
import type { AdminUnit } from '../domain/units';
import { formatDate, type MessageKey } from '../i18n/i18n';
import { useAppStore } from '../state/store';
import { selectEra, selectT } from '../state/selectors';

interface Draft {
  level: string;
  year: string;
  met: string;
  total: string;
  regLevel: string;
  regYear: string;
  agency: string;
}

function draftOf(f: UnitFacts | undefined): Draft {
  return {
    level: f?.level ?? '',
    year: f?.yearRecognised ? String(f.yearRecognised) : '',
    met: f?.criteria ? String(f.criteria.met) : '',
    total: f?.criteria ? String(f.criteria.total) : '19',
    regLevel: f?.registration === null ? 'not' : (f?.registration?.targetLevel ?? ''),
    regYear: f?.registration ? String(f.registration.targetYear) : '',
    agency: f?.agency ?? '',
  };
}

/** Facts from the form; null when a value cannot be read. Fields left empty are not stated. */
function factsOf(d: Draft): UnitFacts | null {
  const facts: UnitFacts = {};
  if (d.level) facts.level = d.level as RecognitionLevel;
  if (d.year) {
    if (!/^\d{4}$/.test(d.year)) return null;
    facts.yearRecognised = Number(d.year);
  }
  if (d.met) {
    const met = Number(d.met);
    const total = Number(d.total || '19');
    if (!Number.isInteger(met) || !Number.isInteger(total) || met < 0 || total < 1 || met > total) return null;
    facts.criteria = { met, total };
  }
  if (d.regLevel === 'not') facts.registration = null;
  else if (d.regLevel) {
    if (!/^\d{4}$/.test(d.regYear)) return null;
    facts.registration = { targetLevel: d.regLevel as RecognitionLevel, targetYear: Number(d.regYear) };
  }
  if (d.agency.trim()) facts.agency = d.agency.trim();
  return facts;
}

export function EditUnitForm({ unit }: { unit: AdminUnit }) {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const overlay = useAppStore((s) => s.overlay);
  const userName = useAppStore((s) => s.userName);
  const era = useAppStore(selectEra);
  const current = overlay?.units[unit.code];
  const [draft, setDraft] = useState<Draft>(() => draftOf(current));
  const [error, setError] = useState(false);
  useEffect(() => setDraft(draftOf(current)), [unit.code, current]);
  const lastSet = overlay ? [...overlay.history].reverse().find((h) => h.changes.some((c) => c.code === unit.code)) : undefined;
  const needName = !userName.trim();

  const save = async () => {
    const facts = factsOf(draft);
    if (!facts) {
      setError(true);
      return;
    }
    setError(false);
    // Every field is stated: a cleared field removes the office's value.
    const full: UnitFacts = {
      level: facts.level,
      yearRecognised: facts.yearRecognised,
      criteria: facts.criteria,
      registration: facts.registration,
      agency: facts.agency,
    };
    try {
      const changed = await useAppStore.getState().applyFacts([{ code: unit.code, facts: full }], 'edit', unit.name);
      useAppStore.getState().setDataMessage(changed ? { kind: 'ok', key: 'data.saved', params: { count: 1 } } : { kind: 'ok', key: 'data.nothingChanged' });
    } catch (e) {
      useAppStore.getState().setDataMessage({ kind: 'error', key: 'data.storageError', params: { message: String((e as Error).message) } });
    }
  };
  const set = (k: keyof Draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [k]: e.target.value });
  // Edits are kept against the plan's own units; in other units a code can mean a different area.
  if (era !== 'plan') return <p className="muted small">{t('units.editInPlan')}</p>;
  return (
    <details className="edit-unit" data-unit={unit.code}>
      <summary>{t('edit.title')}</summary>
      {needName && <p className="notice">{t('data.needName')}</p>}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <fieldset disabled={needName}>
          <label>
            <span>{t('edit.level')}</span>
            <select name="level" value={draft.level} onChange={set('level')}>
              <option value="">{t('edit.keep')}</option>
              {RECOGNITION_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`level.${l}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('edit.year')}</span>
            <input name="year" inputMode="numeric" value={draft.year} onChange={set('year')} size={5} />
          </label>
          <label>
            <span>{t('edit.criteria')}</span>
            <span>
              <input name="met" inputMode="numeric" value={draft.met} onChange={set('met')} size={3} /> {t('edit.of')}{' '}
              <input name="total" inputMode="numeric" value={draft.total} onChange={set('total')} size={3} />
            </span>
          </label>
          <label>
            <span>{t('edit.regLevel')}</span>
            <select name="regLevel" value={draft.regLevel} onChange={set('regLevel')}>
              <option value="">{t('edit.keep')}</option>
              <option value="not">{t('edit.notRegistered')}</option>
              {RECOGNITION_LEVELS.filter((l) => l !== 'none').map((l) => (
                <option key={l} value={l}>
                  {t(`level.${l}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <span>{t('edit.regYear')}</span>
            <input name="regYear" inputMode="numeric" value={draft.regYear} onChange={set('regYear')} size={5} />
          </label>
          <label>
            <span>{t('edit.agency')}</span>
            <input name="agency" value={draft.agency} onChange={set('agency')} maxLength={120} />
          </label>
          {error && (
            <p className="error-text" role="alert">
              {t('edit.invalid')}
            </p>
          )}
          <button type="submit" className="primary">
            {t('edit.save')}
          </button>
        </fieldset>
      </form>
      {lastSet && (
        <p className="small muted">
          {t('edit.lastChange', { by: lastSet.by, at: `${formatDate(lastSet.at.slice(0, 10), language)} ${lastSet.at.slice(11, 16)}` })}
        </p>
      )}
    </details>
  );
}
