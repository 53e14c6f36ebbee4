import { useQuery } from '@tanstack/react-query';
import type { StepVariables } from '@/components/workflow/review-decision';
import { readVersioned, takeStep, useWorkflowWrite, workflowQuery, writeVersioned, type WithEtag } from '@/components/workflow/workflow-api';
import type { Article, ArticleDiff, ArticleInput, VersionedArticle } from './types';

const path = (id: string) => `/api/articles/id/${encodeURIComponent(id)}`;

function versioned({ data, etag }: WithEtag<Article>): VersionedArticle {
  return { article: data, etag };
}

export async function getEditableArticle(id: string, signal?: AbortSignal): Promise<VersionedArticle> {
  return versioned(await readVersioned<Article>(path(id), signal));
}

export function useEditableArticle(id: string) {
  return useQuery({ queryKey: ['articles', 'id', id], queryFn: ({ signal }) => getEditableArticle(id, signal) });
}

export async function createArticle(input: ArticleInput): Promise<VersionedArticle> {
  return versioned(await writeVersioned<Article>('/api/articles', 'POST', input));
}

/** Saves over the version the author loaded; a 412 means it was saved elsewhere in between. */
export async function updateArticle(id: string, etag: string, input: ArticleInput): Promise<VersionedArticle> {
  return versioned(await writeVersioned<Article>(path(id), 'PUT', input, etag));
}

export function useArticleDiff(id: string, enabled: boolean) {
  return useQuery({ ...workflowQuery<ArticleDiff>(['articles', 'diff', id], `${path(id)}/diff`), enabled });
}

// Lists, the public page and search results may all show the article: every query but the open form's is read again.
export function useCreateArticle() {
  return useWorkflowWrite(createArticle);
}

export function useUpdateArticle(id: string) {
  return useWorkflowWrite(({ etag, input }: { etag: string; input: ArticleInput }) => updateArticle(id, etag, input));
}

export function useArticleStep(id: string) {
  return useWorkflowWrite(async ({ step, etag, comment }: StepVariables) => versioned(await takeStep<Article>(path(id), step, etag, comment)));
}
