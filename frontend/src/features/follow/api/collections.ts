import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** An item in a collection: enough to show it and link to its page. */
export interface CollectionItem {
  id: string;
  slug: string;
  type: string;
  title: string;
  summary: string;
}

export interface CollectionSummary {
  id: string;
  name: string;
  itemCount: number;
  /** Set while the collection is shared by a link. */
  shareToken: string | null;
  updatedAt: string;
}

export interface Collection {
  id: string;
  name: string;
  shareToken: string | null;
  items: CollectionItem[];
  createdAt: string;
  updatedAt: string;
}

export interface SharedCollection {
  name: string;
  items: CollectionItem[];
}

/** The public, read-only page of a shared collection. */
export function sharedCollectionPath(token: string): string {
  return `/collecties/${encodeURIComponent(token)}`;
}

const KEY = ['follow', 'collections'] as const;

export function useCollections(enabled = true) {
  return useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api.get<{ collections: CollectionSummary[] }>('/api/collections', { signal }),
    enabled,
  });
}

export function useCollection(id: string) {
  return useQuery({
    queryKey: [...KEY, id],
    queryFn: ({ signal }) => api.get<Collection>(`/api/collections/${encodeURIComponent(id)}`, { signal }),
  });
}

export function useSharedCollection(token: string) {
  return useQuery({
    queryKey: ['follow', 'shared-collection', token],
    queryFn: ({ signal }) => api.get<SharedCollection>(`/api/shared-collections/${encodeURIComponent(token)}`, { signal }),
    retry: false,
  });
}

/** A change that answers the whole collection: the cache gets it, and the list is asked again. */
function useCollectionChange<V>(request: (variables: V) => Promise<Collection>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: request,
    onSuccess: (collection) => {
      queryClient.setQueryData([...KEY, collection.id], collection);
      return queryClient.invalidateQueries({ queryKey: KEY, exact: true });
    },
  });
}

export function useCreateCollection() {
  return useCollectionChange((body: { name: string }) => api.post<Collection>('/api/collections', { body }));
}

export function useRenameCollection() {
  return useCollectionChange(({ id, name }: { id: string; name: string }) =>
    api.put<Collection>(`/api/collections/${encodeURIComponent(id)}`, { body: { name } }),
  );
}

export function useAddToCollection() {
  return useCollectionChange(({ id, itemId }: { id: string; itemId: string }) =>
    api.put<Collection>(`/api/collections/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}`),
  );
}

export function useRemoveFromCollection() {
  return useCollectionChange(({ id, itemId }: { id: string; itemId: string }) =>
    api.delete<Collection>(`/api/collections/${encodeURIComponent(id)}/items/${encodeURIComponent(itemId)}`),
  );
}

export function useShareCollection() {
  return useCollectionChange(({ id, shared }: { id: string; shared: boolean }) =>
    shared
      ? api.post<Collection>(`/api/collections/${encodeURIComponent(id)}/share`)
      : api.delete<Collection>(`/api/collections/${encodeURIComponent(id)}/share`),
  );
}

export function useDeleteCollection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.delete(`/api/collections/${encodeURIComponent(id)}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: KEY, exact: true }),
  });
}
