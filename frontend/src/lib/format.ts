import { LOCALES, type Language } from './i18n/i18n';

// Making a formatter costs far more than using one (a list of twenty results formats twenty dates): one per language.
function formatterCache(options: Intl.DateTimeFormatOptions): (language: Language) => Intl.DateTimeFormat {
  const formatters = new Map<Language, Intl.DateTimeFormat>();
  return (language) => {
    let formatter = formatters.get(language);
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(LOCALES[language], options);
      formatters.set(language, formatter);
    }
    return formatter;
  };
}

const dateFormat = formatterCache({ dateStyle: 'long', timeZone: 'UTC' });
const dateTimeFormat = formatterCache({ dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/**
 * Makes the language's date formatters now. The first one loads the language's calendar data, which takes a phone
 * tens of milliseconds: better spent while a page's code and data are on their way than in the render that shows them.
 */
export function prepareDateFormats(language: Language): void {
  dateFormat(language);
  dateTimeFormat(language);
}

/** A calendar date (yyyy-mm-dd) as people write it, e.g. "14 maart 2025"; the input itself when it is no date. */
export function formatDate(language: Language, isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return dateFormat(language).format(date);
}

/** A moment in Dutch time, e.g. "1 april 2025 om 12:00". */
export function formatDateTime(language: Language, instant: string | null | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return dateTimeFormat(language).format(date);
}

/** A file size as people read it: "850 kB", "1,4 MB" (steps of 1024, so the portal's 20 MB limit reads "20 MB"). */
export function formatBytes(bytes: number, language: Language = 'nl'): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return `${number(bytes, 0)} B`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024, 0)} kB`;
  return `${number(bytes / (1024 * 1024), 1)} MB`;
}
