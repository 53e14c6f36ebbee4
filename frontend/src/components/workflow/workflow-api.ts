import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, apiExchange, type HttpMethod } from '@/lib/api-client';
import type { StepName } from './review-decision';

/**
 * The calls every kind of writing in the workflow makes, the same shape for articles and contributions: a document
 * read or written with the ETag its next write is based on (`If-Match`), and a step on it. `path` is the document's
 * address (`/api/articles/id/<id>`, `/api/contributions/<id>`).
 */
export interface WithEtag<T> {
  data: T;
  etag: string;
}

export async function readVersioned<T>(path: string, signal?: AbortSignal): Promise<WithEtag<T>> {
  const response = await apiExchange<T>(path, signal ? { signal } : {});
  return { data: response.data, etag: response.headers.get('ETag') ?? '' };
}

/** A write; with an ETag it is based on that version (a 412 means it was saved elsewhere in between). */
export async function writeVersioned<T>(path: string, method: HttpMethod, body: unknown, etag?: string): Promise<WithEtag<T>> {
  const response = await apiExchange<T>(path, { method, body, ...(etag !== undefined && { headers: { 'If-Match': etag } }) });
  return { data: response.data, etag: response.headers.get('ETag') ?? '' };
}

/** One workflow step on the document at `path`, based on the version on screen. */
export function takeStep<T>(path: string, step: StepName, etag: string, comment?: string): Promise<WithEtag<T>> {
  return writeVersioned<T>(`${path}/${step}`, 'POST', comment ? { comment } : {}, etag);
}

/**
 * A write of a document in the workflow; once done, the queries that may show it are read again (those whose key
 * starts with `feature`, or every one when none is named), except the open document's own (`[feature, 'id', ...]`),
 * which the form keeps as it holds it.
 */
export function useWorkflowWrite<A, V>(mutationFn: (args: A) => Promise<V>, feature?: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () =>
      queryClient.invalidateQueries({
        predicate: (query) => (feature === undefined || query.queryKey[0] === feature) && query.queryKey[1] !== 'id',
      }),
  });
}

/** A list or diff the API answers at `path`, read as the query `key` (lists carry `state` for a queue). */
export function workflowQuery<T>(key: readonly unknown[], path: string, query?: Record<string, string>) {
  return queryOptions({ queryKey: key, queryFn: ({ signal }) => api.get<T>(path, { ...(query && { query }), signal }) });
}
