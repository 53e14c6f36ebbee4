import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { itemUrl } from './requests';
import type { Item } from './types';

export function getItem(slug: string, signal?: AbortSignal): Promise<Item> {
  return api.get<Item>(itemUrl(slug), signal ? { signal } : undefined);
}

/** The query for an item; the item page uses it, and so does the app's start when it opens on that page. */
export function itemQuery(slug: string) {
  return queryOptions({ queryKey: ['catalogue', 'item', slug], queryFn: ({ signal }) => getItem(slug, signal) });
}

export function useItem(slug: string) {
  return useQuery(itemQuery(slug));
}
