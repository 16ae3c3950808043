/**
 * A date field that shows and takes dd/mm/yyyy whatever the browser's locale (the native date input follows the
 * browser: "07/01/2025" could be read either way), with a calendar (./Calendar, react-day-picker) in the app's language.
 * Typing: the date is taken as soon as the text is a real calendar date within [min, max]; a wrong date is said
 * so once it has its year, or when the field is left. Keyboard: type the date, or Alt+↓ / the button opens the
 * calendar (arrow keys move by day, Page Up/Down by month, Enter picks, Escape closes).
 */
import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import { checkDate, dateToIso, isoToDate, looksComplete } from '../domain/dates';
import { formatDate, type MessageKey } from '../i18n/i18n';
import { selectT } from '../state/selectors';
import { useAppStore } from '../state/store';

const Calendar = lazy(() => import('./Calendar'));

export interface DateFieldProps {
  id: string;
  /** ISO date, or null for none (only when not required). */
  value: string | null;
  onChange: (iso: string | null) => void;
  min?: string;
  max?: string;
  /** An empty field is refused (the last date comes back when the field is left). */
  required?: boolean;
  describedBy?: string;
}

type Problem = 'invalid' | 'range' | null;
const PROBLEM_KEYS: Record<Exclude<Problem, null>, MessageKey> = { invalid: 'date.invalid', range: 'date.outOfRange' };

export function DateField({ id, value, onChange, min, max, required, describedBy }: DateFieldProps) {
  const t = useAppStore(selectT);
  const language = useAppStore((s) => s.language);
  const shown = value ? formatDate(value, language) : '';
  const [text, setText] = useState(shown);
  const [problem, setProblem] = useState<Problem>(null);
  const [open, setOpen] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const errorId = useId();
  const calendarId = useId();

  // A date set from elsewhere (a "today" button, the link, another language) replaces the text, unless the text
  // already says that date.
  useEffect(() => {
    setText((current) => {
      const check = checkDate(current, min, max);
      return (check.ok ? check.iso : null) === value ? current : shown;
    });
    setProblem(null);
  }, [value, shown, min, max]);

  // A click outside the calendar closes it.
  useEffect(() => {
    if (!open) return;
    const close = (e: PointerEvent) => {
      if (!popover.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  const take = (next: string, leaving: boolean) => {
    const check = checkDate(next, min, max);
    if (check.ok) {
      setProblem(null);
      if (check.iso !== value) onChange(check.iso);
    } else if (check.reason === 'empty') {
      setProblem(null);
      if (!required && value !== null) onChange(null);
      else if (required && leaving) setText(shown);
    } else {
      setProblem(leaving || looksComplete(next) ? check.reason : null);
    }
  };

  const close = () => {
    setOpen(false);
    input.current?.focus();
  };

  return (
    <span className="date-field">
      <input
        ref={input}
        type="text"
        id={id}
        inputMode="numeric"
        autoComplete="off"
        size={10}
        placeholder={t('date.placeholder')}
        title={t('date.format')}
        value={text}
        aria-invalid={problem ? true : undefined}
        aria-describedby={[problem ? errorId : null, describedBy].filter(Boolean).join(' ') || undefined}
        data-iso={value ?? ''}
        onChange={(e) => {
          setText(e.target.value);
          take(e.target.value, false);
        }}
        onBlur={() => take(text, true)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') take(text, true);
          if (e.key === 'ArrowDown' && e.altKey) {
            e.preventDefault();
            setOpen(true);
          }
        }}
      />
      <button
        ref={button}
        type="button"
        className="date-button"
        aria-label={t('date.openCalendar')}
        title={t('date.openCalendar')}
        aria-haspopup="dialog"
        aria-expanded={open}
        aria-controls={open ? calendarId : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <rect x="1.5" y="2.5" width="13" height="12" rx="1.5" fill="none" stroke="currentColor" />
          <path d="M1.5 6h13M5 1v3M11 1v3" stroke="currentColor" fill="none" />
        </svg>
      </button>
      {problem && (
        <span className="date-error" id={errorId} role="alert">
          {problem === 'range'
            ? t(PROBLEM_KEYS.range, { min: formatDate(min ?? '', language), max: formatDate(max ?? '', language) })
            : t(PROBLEM_KEYS.invalid)}
        </span>
      )}
      {open && (
        <div
          ref={popover}
          className="date-popover"
          id={calendarId}
          role="dialog"
          aria-label={t('date.openCalendar')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <Suspense fallback={<span className="muted small">{t('app.loading')}</span>}>
            <Calendar
              language={language}
              selected={value ? isoToDate(value) : undefined}
              min={min ? isoToDate(min) : undefined}
              max={max ? isoToDate(max) : undefined}
              onSelect={(date) => {
                if (date) {
                  const iso = dateToIso(date);
                  setText(formatDate(iso, language));
                  setProblem(null);
                  if (iso !== value) onChange(iso);
                }
                close();
              }}
            />
          </Suspense>
        </div>
      )}
    </span>
  );
}
