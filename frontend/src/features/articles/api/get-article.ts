import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Article } from './types';

export function getArticle(slug: string, signal?: AbortSignal): Promise<Article> {
  return api.get<Article>(`/api/articles/${encodeURIComponent(slug)}`, signal ? { signal } : undefined);
}

export function useArticle(slug: string) {
  return useQuery({ queryKey: ['articles', 'slug', slug], queryFn: ({ signal }) => getArticle(slug, signal) });
}
