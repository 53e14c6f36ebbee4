import type { MessageKey, MessageParams } from '@/lib/i18n/i18n';
import { FACETS, type Facet } from '@/lib/taxonomy';
import { taxonomyLabel } from '@/lib/taxonomy-labels';

type Translate = (key: MessageKey, params?: MessageParams) => string;

/** A search in the reader's language: the text in quotes, then its filters' labels ("ouderavond" · Opvang, Utrecht). */
export function searchLabel(t: Translate, q: string | null, facets: Partial<Record<Facet, readonly string[]>>): string {
  const filters = FACETS.flatMap((facet) => (facets[facet] ?? []).map((code) => taxonomyLabel(t, facet, code))).join(', ');
  const text = q?.trim() ? `“${q.trim()}”` : '';
  if (text && filters) return `${text} · ${filters}`;
  return text || filters || t('follow.everything');
}
