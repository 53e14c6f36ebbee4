import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export interface SearchMiss {
  query: string;
  count: number;
  lastSeen: string | null;
}

export function getSearchMisses(signal?: AbortSignal): Promise<{ misses: SearchMiss[] }> {
  return api.get<{ misses: SearchMiss[] }>('/api/search/misses', signal ? { signal } : undefined);
}

export function useSearchMisses() {
  return useQuery({
    queryKey: ['catalogue-editor', 'misses'],
    queryFn: ({ signal }) => getSearchMisses(signal),
    select: (data) => data.misses,
    staleTime: 0,
  });
}
