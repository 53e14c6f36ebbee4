import type { Language } from '@/lib/i18n/i18n';

/** A saved scan's or a team's results as a PDF (GET /api/balance/{scans|teams}/{id}/report.pdf), in the reader's language. */
export function reportHref(kind: 'scans' | 'teams', id: string, language: Language): string {
  const path = `/api/balance/${kind}/${encodeURIComponent(id)}/report.pdf`;
  return language === 'nl' ? path : `${path}?lang=${language}`;
}
