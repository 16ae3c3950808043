/**
 * The month calendar of the date field (react-day-picker), in the app's language, weeks from Monday. Loaded when
 * a calendar is first opened, so the first screen does not wait for it (the service worker precaches it).
 */
import { DayPicker } from 'react-day-picker';
import { enGB } from 'react-day-picker/locale/en-GB';
import { vi } from 'react-day-picker/locale/vi';
import 'react-day-picker/style.css';
import type { Language } from '../i18n/i18n';

const LOCALES = { vi, en: enGB };

export interface CalendarProps {
  language: Language;
  selected?: Date;
  min?: Date;
  max?: Date;
  onSelect: (date: Date | undefined) => void;
}

export default function Calendar({ language, selected, min, max, onSelect }: CalendarProps) {
  return (
    <DayPicker
      mode="single"
      locale={LOCALES[language]}
      weekStartsOn={1}
      captionLayout="dropdown"
      selected={selected}
      defaultMonth={selected}
      startMonth={min}
      endMonth={max}
      disabled={[...(min ? [{ before: min }] : []), ...(max ? [{ after: max }] : [])]}
      autoFocus
      onSelect={onSelect}
    />
  );
}
