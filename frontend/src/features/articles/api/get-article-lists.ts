import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { ArticleList, ArticleState } from './types';

export function getMyArticles(signal?: AbortSignal): Promise<ArticleList> {
  return api.get<ArticleList>('/api/articles/mine', signal ? { signal } : undefined);
}

export function useMyArticles() {
  return useQuery({ queryKey: ['articles', 'mine'], queryFn: ({ signal }) => getMyArticles(signal) });
}

export function getReviewQueue(state: ArticleState, signal?: AbortSignal): Promise<ArticleList> {
  return api.get<ArticleList>('/api/articles/review', { query: { state }, ...(signal && { signal }) });
}

export function useReviewQueue(state: ArticleState) {
  return useQuery({ queryKey: ['articles', 'review', state], queryFn: ({ signal }) => getReviewQueue(state, signal) });
}

export function getPublishedArticles(author: string, signal?: AbortSignal): Promise<ArticleList> {
  return api.get<ArticleList>('/api/articles', { query: { author }, ...(signal && { signal }) });
}

export function usePublishedArticles(author: string) {
  return useQuery({
    queryKey: ['articles', 'published', author],
    queryFn: ({ signal }) => getPublishedArticles(author, signal),
  });
}
