import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Facet } from '@/lib/taxonomy';

export const FREQUENCIES = ['DAILY', 'WEEKLY', 'NONE'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** A search as the search page holds it: the text and its filters (taxonomy codes per facet). */
export interface SearchToSave {
  q: string;
  facets: Record<Facet, string[]>;
}

export interface SavedSearch {
  id: string;
  q: string | null;
  type: string[];
  partnership: string[];
  aspect: string[];
  sector: string[];
  region: string[];
  frequency: Frequency;
  /** A Dutch description, as the digest mail names the search. */
  label: string;
  /** ISO instant. */
  createdAt: string;
  nextDigestAt: string | null;
}

const KEY = ['follow', 'saved-searches'] as const;

export function useSavedSearches() {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api.get<{ searches: SavedSearch[] }>('/api/saved-searches', { signal }),
  });
}

export function useSaveSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ search, frequency }: { search: SearchToSave; frequency: Frequency }) =>
      api.post<SavedSearch>('/api/saved-searches', {
        body: { q: search.q.trim() || null, ...search.facets, frequency },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useChangeFrequency() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, frequency }: { id: string; frequency: Frequency }) =>
      api.put<SavedSearch>(`/api/saved-searches/${encodeURIComponent(id)}`, { body: { frequency } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useDeleteSavedSearch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/saved-searches/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY }),
  });
}

export function useUnsubscribe() {
  return useMutation({
    mutationFn: (token: string) =>
      api.post<{ frequency: Frequency; searches: number }>('/api/saved-searches/unsubscribe', { query: { token } }),
  });
}
