import { apiUrl } from '@/lib/api-url';
import { FACETS } from '@/lib/taxonomy';
import type { SearchState } from './search-items';

// The catalogue's requests as addresses, without React or the API client, so that `src/boot.ts` can ask for a page's
// first data with exactly the address the page will ask for.

export const PAGE_SIZE = 20;

export function searchQuery(state: SearchState) {
  return {
    q: state.q || undefined,
    ...Object.fromEntries(FACETS.map((facet) => [facet, state.facets[facet]])),
    sort: state.sort,
    size: PAGE_SIZE,
    ...(state.cursor ? { cursor: state.cursor } : { page: state.page - 1 }),
  };
}

export function searchUrl(state: SearchState): string {
  return apiUrl('/api/search', searchQuery(state));
}

export function itemUrl(slug: string): string {
  return apiUrl(`/api/items/${encodeURIComponent(slug)}`);
}
