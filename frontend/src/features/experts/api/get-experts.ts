import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Expert, ExpertFacet, ExpertPage } from './types';

export interface ExpertQuery {
  q: string;
  facets: Record<ExpertFacet, string[]>;
}

export function getExperts(query: ExpertQuery, signal?: AbortSignal): Promise<ExpertPage> {
  return api.get<ExpertPage>('/api/experts', {
    query: { q: query.q || undefined, ...query.facets, size: 50 },
    ...(signal && { signal }),
  });
}

export function useExperts(query: ExpertQuery) {
  return useQuery({
    queryKey: ['experts', 'directory', query],
    queryFn: ({ signal }) => getExperts(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function getExpert(slug: string, signal?: AbortSignal): Promise<Expert> {
  return api.get<Expert>(`/api/experts/${encodeURIComponent(slug)}`, signal ? { signal } : undefined);
}

export function useExpert(slug: string) {
  return useQuery({ queryKey: ['experts', 'slug', slug], queryFn: ({ signal }) => getExpert(slug, signal) });
}

export interface Tags {
  partnerships: string[];
  aspects: string[];
  sectors: string[];
}

export function getMatchingExperts(tags: Tags, signal?: AbortSignal): Promise<{ experts: Expert[] }> {
  return api.get<{ experts: Expert[] }>('/api/experts/matching', {
    query: { partnership: tags.partnerships, aspect: tags.aspects, sector: tags.sectors },
    ...(signal && { signal }),
  });
}

export function useMatchingExperts(tags: Tags) {
  return useQuery({
    queryKey: ['experts', 'matching', tags],
    queryFn: ({ signal }) => getMatchingExperts(tags, signal),
  });
}
