import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api, apiExchange } from '@/lib/api-client';
import type { VersionedEvent } from './get-editable-event';
import type { EventRequest, PortalEvent } from './types';

export function getOrganisedEvents(signal?: AbortSignal): Promise<PortalEvent[]> {
  return api.get<PortalEvent[]>('/api/organiser/events', signal ? { signal } : undefined);
}

export function useOrganisedEvents() {
  return useQuery({ queryKey: ['organised-events'], queryFn: ({ signal }) => getOrganisedEvents(signal) });
}

/**
 * Creates an event, or saves an edit of the version `etag` names; the server refuses an edit of an outdated version
 * with 412 rather than overwriting what someone else saved meanwhile.
 */
export async function saveEvent(id: string | undefined, etag: string | undefined, request: EventRequest): Promise<VersionedEvent> {
  const response = id
    ? await apiExchange<PortalEvent>(`/api/events/${encodeURIComponent(id)}`, {
        method: 'PUT',
        body: request,
        headers: { 'If-Match': etag ?? '' },
      })
    : await apiExchange<PortalEvent>('/api/events', { method: 'POST', body: request });
  return { event: response.data, etag: response.headers.get('ETag') ?? '' };
}

export function useSaveEvent(id: string | undefined, etag: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EventRequest) => saveEvent(id, etag, request),
    onSuccess: ({ event }) => {
      void queryClient.invalidateQueries({ queryKey: ['organised-events'] });
      queryClient.setQueryData(['event', event.id], event);
    },
  });
}

/** Publishes or cancels an event. */
export function useEventAction() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, action }: { id: string; action: 'publish' | 'cancel' }) =>
      api.post<PortalEvent>(`/api/events/${encodeURIComponent(id)}/${action}`),
    onSuccess: (event) => {
      void queryClient.invalidateQueries({ queryKey: ['organised-events'] });
      queryClient.setQueryData(['event', event.id], event);
    },
  });
}
