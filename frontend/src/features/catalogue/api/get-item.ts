import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Item } from './types';

export function getItem(slug: string, signal?: AbortSignal): Promise<Item> {
  return api.get<Item>(`/api/items/${encodeURIComponent(slug)}`, signal ? { signal } : undefined);
}

export function useItem(slug: string) {
  return useQuery({ queryKey: ['catalogue', 'item', slug], queryFn: ({ signal }) => getItem(slug, signal) });
}
