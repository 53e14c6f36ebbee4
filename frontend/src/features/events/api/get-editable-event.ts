import { useQuery } from '@tanstack/react-query';
import { apiExchange } from '@/lib/api-client';
import type { PortalEvent } from './types';

/** An event with the version it was read at: the `ETag` an edit sends back as `If-Match`. */
export interface VersionedEvent {
  event: PortalEvent;
  etag: string;
}

export async function getEditableEvent(id: string, signal?: AbortSignal): Promise<VersionedEvent> {
  const response = await apiExchange<PortalEvent>(`/api/events/${encodeURIComponent(id)}`, signal ? { signal } : undefined);
  return { event: response.data, etag: response.headers.get('ETag') ?? '' };
}

export function useEditableEvent(id: string) {
  // Always the current version: an edit must start from what is stored now, not from a cached copy.
  return useQuery({
    queryKey: ['editable-event', id],
    queryFn: ({ signal }) => getEditableEvent(id, signal),
    staleTime: 0,
    gcTime: 0,
  });
}
