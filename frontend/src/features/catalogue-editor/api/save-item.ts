import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiExchange } from '@/lib/api-client';
import type { EditableItem, ItemInput, VersionedItem } from './types';

function versioned(response: { data: EditableItem; headers: Headers }): VersionedItem {
  return { item: response.data, etag: response.headers.get('ETag') ?? '' };
}

/**
 * After an editor's write, every list, count and page that may show the item is out of date. The editor's own item
 * query is kept: its form already holds what was saved.
 */
export function refreshAfterWrite(queryClient: QueryClient): Promise<void> {
  return queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] !== 'catalogue-editor' });
}

export async function createItem(input: ItemInput): Promise<VersionedItem> {
  return versioned(await apiExchange<EditableItem>('/api/items', { method: 'POST', body: input }));
}

/** Saves over the version the editor loaded; a 412 means someone saved in between. */
export async function updateItem(id: string, etag: string, input: ItemInput): Promise<VersionedItem> {
  return versioned(
    await apiExchange<EditableItem>(`/api/items/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body: input,
      headers: { 'If-Match': etag },
    }),
  );
}

export async function setPublished(id: string, published: boolean, etag: string): Promise<VersionedItem> {
  const action = published ? 'publish' : 'unpublish';
  return versioned(
    await apiExchange<EditableItem>(`/api/items/${encodeURIComponent(id)}/${action}`, {
      method: 'POST',
      headers: { 'If-Match': etag },
    }),
  );
}

export async function deleteItem(id: string): Promise<void> {
  await apiExchange<void>(`/api/items/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

export function useCreateItem() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createItem, onSuccess: () => refreshAfterWrite(queryClient) });
}

export function useUpdateItem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ etag, input }: { etag: string; input: ItemInput }) => updateItem(id, etag, input),
    onSuccess: () => refreshAfterWrite(queryClient),
  });
}

export function useSetPublished(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ published, etag }: { published: boolean; etag: string }) => setPublished(id, published, etag),
    onSuccess: () => refreshAfterWrite(queryClient),
  });
}

export function useDeleteItem(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => deleteItem(id), onSuccess: () => refreshAfterWrite(queryClient) });
}
