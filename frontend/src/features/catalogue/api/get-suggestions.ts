import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export interface Suggestion {
  text: string;
  kind: 'item' | 'term';
  /** For items: where the item lives. */
  slug: string | null;
  /** For terms: the facet and value they filter on. */
  facet: string | null;
  value: string | null;
}

export function getSuggestions(q: string, signal?: AbortSignal): Promise<{ suggestions: Suggestion[] }> {
  return api.get<{ suggestions: Suggestion[] }>('/api/search/suggestions', { query: { q }, ...(signal && { signal }) });
}

/** Suggestions once at least two characters are typed; the caller debounces. */
export function useSuggestions(q: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ['catalogue', 'suggestions', text],
    queryFn: ({ signal }) => getSuggestions(text, signal),
    enabled: text.length >= 2,
    staleTime: 60_000,
    select: (data) => data.suggestions,
  });
}
