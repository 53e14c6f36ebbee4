import { useQuery } from '@tanstack/react-query';
import { apiExchange } from '@/lib/api-client';
import type { EditableItem, VersionedItem } from './types';

export async function getEditableItem(id: string, signal?: AbortSignal): Promise<VersionedItem> {
  const response = await apiExchange<EditableItem>(`/api/items/id/${encodeURIComponent(id)}`, signal ? { signal } : undefined);
  return { item: response.data, etag: response.headers.get('ETag') ?? '' };
}

export const editableItemQueryKey = (id: string) => ['catalogue-editor', 'item', id] as const;

export function useEditableItem(id: string) {
  return useQuery({
    queryKey: editableItemQueryKey(id),
    queryFn: ({ signal }) => getEditableItem(id, signal),
    // The form is filled once from this; a background refetch must not look like a newer version to edit.
    staleTime: Infinity,
  });
}
