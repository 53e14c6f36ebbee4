import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Facet } from '@/lib/taxonomy';
import { searchQuery, searchUrl } from './requests';
import type { ItemSummary } from './types';

export type SearchSort = 'relevance' | 'newest';

/** A search as the URL holds it: `q`, repeated facet parameters, `sort`, `page` (1-based) and, deep down, `cursor`. */
export interface SearchState {
  q: string;
  facets: Record<Facet, string[]>;
  sort: SearchSort;
  page: number;
  /** From a previous page's `nextCursor`, for pages beyond the numbered ones. */
  cursor?: string;
}

export interface SearchHit extends ItemSummary {
  /** HTML with only `<mark>` tags, everything else escaped by the server. */
  /** Marked passages; `files` is one from an attached file, when a file matched (absent in older answers). */
  highlights: { title: string | null; body: string[]; files?: string[] } | null;
}

export interface FacetValue {
  value: string;
  count: number;
  selected: boolean;
}

export interface SearchResponse {
  total: number;
  items: SearchHit[];
  facets: Partial<Record<Facet, FacetValue[]>>;
  nextCursor: string | null;
  didYouMean?: string | null;
  /** The words as typed found nothing; these results are for fewer of them, or for the corrected spelling. */
  relaxed?: { reason: 'FEWER_WORDS' | 'SPELLING'; text: string } | null;
  /** When nothing was found: how many results dropping one facet's filter would give. */
  relax?: { facet: string; count: number }[] | null;
}

export function searchItems(state: SearchState, signal?: AbortSignal): Promise<SearchResponse> {
  return api.get<SearchResponse>(searchUrl(state), signal ? { signal } : undefined);
}

/** The query for a search; the results use it, and so does the app's start when it opens on the search page. */
export function searchItemsQuery(state: SearchState) {
  return queryOptions({
    queryKey: ['catalogue', 'search', searchQuery(state)],
    queryFn: ({ signal }) => searchItems(state, signal),
  });
}

export function useSearch(state: SearchState) {
  return useQuery({
    ...searchItemsQuery(state),
    // Keep showing the previous results while the next ones load, so ticking a filter does not blank the page.
    placeholderData: keepPreviousData,
  });
}
