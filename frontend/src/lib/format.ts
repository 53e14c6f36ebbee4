import { LOCALES, type Language } from './i18n/i18n';

/** A calendar date (yyyy-mm-dd) as people write it, e.g. "14 maart 2025"; the input itself when it is no date. */
export function formatDate(language: Language, isoDate: string | null | undefined): string {
  if (!isoDate) return '';
  const date = new Date(`${isoDate.slice(0, 10)}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A moment in Dutch time, e.g. "1 april 2025 om 12:00". */
export function formatDateTime(language: Language, instant: string | null | undefined): string {
  if (!instant) return '';
  const date = new Date(instant);
  if (Number.isNaN(date.getTime())) return instant;
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(date);
}
