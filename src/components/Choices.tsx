/**
 * The pickers the header and the legend of today's communes share: a row of radio choices (views, tiers, colour
 * source) styled as one segmented control, and a year list.
 */
import type { ReactNode } from 'react';

export interface RadioChoicesProps<V extends string> {
  legend: ReactNode;
  /** The radios' name (one group per name on the page). */
  name: string;
  options: readonly V[];
  value: V;
  onChange: (value: V) => void;
  label: (value: V) => ReactNode;
  id?: string;
  /** Extra class next to "views" ("tiers"). */
  className?: string;
  /** The legend for screen readers only. */
  hiddenLegend?: boolean;
}

export function RadioChoices<V extends string>({ legend, name, options, value, onChange, label, id, className, hiddenLegend }: RadioChoicesProps<V>) {
  return (
    <fieldset className={className ? `views ${className}` : 'views'} id={id}>
      <legend className={hiddenLegend ? 'visually-hidden' : undefined}>{legend}</legend>
      {options.map((v) => (
        <label key={v} className={v === value ? 'active' : ''}>
          <input type="radio" name={name} value={v} checked={v === value} onChange={() => onChange(v)} />
          {label(v)}
        </label>
      ))}
    </fieldset>
  );
}

export function YearSelect({
  id,
  label,
  years,
  value,
  onChange,
}: {
  id: string;
  label: ReactNode;
  years: readonly number[];
  value: number;
  onChange: (year: number) => void;
}) {
  return (
    <label>
      <span>{label}</span>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {years.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </label>
  );
}
