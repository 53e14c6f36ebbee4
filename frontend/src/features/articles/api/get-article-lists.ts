import { useQuery } from '@tanstack/react-query';
import { workflowQuery } from '@/components/workflow/workflow-api';
import type { ArticleList, ArticleState } from './types';

export function useMyArticles() {
  return useQuery(workflowQuery<ArticleList>(['articles', 'mine'], '/api/articles/mine'));
}

export function useReviewQueue(state: ArticleState) {
  return useQuery(workflowQuery<ArticleList>(['articles', 'review', state], '/api/articles/review', { state }));
}

export function usePublishedArticles(author: string) {
  return useQuery(workflowQuery<ArticleList>(['articles', 'published', author], '/api/articles', { author }));
}
