import type { Language } from '@/lib/i18n/i18n';

/** The article as a PDF (GET /api/articles/{slug}/pdf), its labels in the reader's language. */
export function articlePdfHref(slug: string, language: Language): string {
  const path = `/api/articles/${encodeURIComponent(slug)}/pdf`;
  return language === 'nl' ? path : `${path}?lang=${language}`;
}
