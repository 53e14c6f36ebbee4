import { FACETS, type Facet } from '@/lib/taxonomy';
import type { SearchSort, SearchState } from './api/search-items';

export const SEARCH_PATH = '/zoeken';

function emptyFacets(): Record<Facet, string[]> {
  return { type: [], partnership: [], aspect: [], sector: [], region: [] };
}

/** The search a URL describes; anything malformed falls back to the default rather than failing. */
export function readSearchState(params: URLSearchParams): SearchState {
  const facets = emptyFacets();
  for (const facet of FACETS) {
    facets[facet] = [...new Set(params.getAll(facet).filter((value) => value.trim() !== ''))];
  }
  const page = Number.parseInt(params.get('page') ?? '', 10);
  const cursor = params.get('cursor');
  return {
    q: params.get('q') ?? '',
    facets,
    sort: params.get('sort') === 'newest' ? 'newest' : 'relevance',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    ...(cursor && { cursor }),
  };
}

/** The URL parameters of a search, in a stable order and without defaults, so equal searches get equal URLs. */
export function toSearchParams(state: Partial<SearchState>): URLSearchParams {
  const params = new URLSearchParams();
  const q = state.q?.trim();
  if (q) params.set('q', q);
  for (const facet of FACETS) {
    for (const value of state.facets?.[facet] ?? []) params.append(facet, value);
  }
  if (state.sort && state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page && state.page > 1) params.set('page', String(state.page));
  if (state.cursor) params.set('cursor', state.cursor);
  return params;
}

/** A link to the results page for (part of) a search. */
export function searchHref(state: Partial<SearchState>): string {
  const query = toSearchParams(state).toString();
  return query ? `${SEARCH_PATH}?${query}` : SEARCH_PATH;
}

/** A new search from the first page: any change of text, filters or order starts over. */
export function restart(state: SearchState, changes: Partial<Pick<SearchState, 'q' | 'facets' | 'sort'>>): SearchState {
  const next: SearchState = { ...state, ...changes, page: 1 };
  delete next.cursor;
  return next;
}

export function toggleFacetValue(state: SearchState, facet: Facet, value: string): SearchState {
  const current = state.facets[facet];
  const values = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return restart(state, { facets: { ...state.facets, [facet]: values } });
}

export function withoutFacet(state: SearchState, facet: Facet): SearchState {
  return restart(state, { facets: { ...state.facets, [facet]: [] } });
}

export function withSort(state: SearchState, sort: SearchSort): SearchState {
  return restart(state, { sort });
}
