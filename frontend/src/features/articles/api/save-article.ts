import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiExchange } from '@/lib/api-client';
import type { Article, ArticleDiff, ArticleInput, StepName, VersionedArticle } from './types';
import { api } from '@/lib/api-client';

function versioned(response: { data: Article; headers: Headers }): VersionedArticle {
  return { article: response.data, etag: response.headers.get('ETag') ?? '' };
}

export async function getEditableArticle(id: string, signal?: AbortSignal): Promise<VersionedArticle> {
  return versioned(await apiExchange<Article>(`/api/articles/id/${encodeURIComponent(id)}`, signal ? { signal } : {}));
}

export function useEditableArticle(id: string) {
  return useQuery({ queryKey: ['articles', 'id', id], queryFn: ({ signal }) => getEditableArticle(id, signal) });
}

export async function createArticle(input: ArticleInput): Promise<VersionedArticle> {
  return versioned(await apiExchange<Article>('/api/articles', { method: 'POST', body: input }));
}

/** Saves over the version the author loaded; a 412 means it was saved elsewhere in between. */
export async function updateArticle(id: string, etag: string, input: ArticleInput): Promise<VersionedArticle> {
  return versioned(
    await apiExchange<Article>(`/api/articles/id/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body: input,
      headers: { 'If-Match': etag },
    }),
  );
}

/** One workflow step, based on the version on screen. */
export async function takeStep(id: string, step: StepName, etag: string, comment?: string): Promise<VersionedArticle> {
  return versioned(
    await apiExchange<Article>(`/api/articles/id/${encodeURIComponent(id)}/${step}`, {
      method: 'POST',
      body: comment ? { comment } : {},
      headers: { 'If-Match': etag },
    }),
  );
}

export function getArticleDiff(id: string, signal?: AbortSignal): Promise<ArticleDiff> {
  return api.get<ArticleDiff>(`/api/articles/id/${encodeURIComponent(id)}/diff`, signal ? { signal } : undefined);
}

export function useArticleDiff(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['articles', 'diff', id],
    queryFn: ({ signal }) => getArticleDiff(id, signal),
    enabled,
  });
}

function useRefresh() {
  const queryClient = useQueryClient();
  // Lists, the public page and search results may all show the article; the open form keeps what it holds.
  return () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[1] !== 'id' });
}

export function useCreateArticle() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: createArticle, onSuccess: refresh });
}

export function useUpdateArticle(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ etag, input }: { etag: string; input: ArticleInput }) => updateArticle(id, etag, input),
    onSuccess: refresh,
  });
}

export function useArticleStep(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ step, etag, comment }: { step: StepName; etag: string; comment?: string }) =>
      takeStep(id, step, etag, comment),
    onSuccess: refresh,
  });
}
