import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ItemSummary } from './types';

export function getRelatedItems(slug: string, signal?: AbortSignal): Promise<{ items: ItemSummary[] }> {
  return api.get<{ items: ItemSummary[] }>(`/api/items/${encodeURIComponent(slug)}/related`, signal ? { signal } : undefined);
}

export function useRelatedItems(slug: string) {
  return useQuery({
    queryKey: ['catalogue', 'related', slug],
    queryFn: ({ signal }) => getRelatedItems(slug, signal),
    select: (data) => data.items,
  });
}
