import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { EventRequest, PortalEvent } from './types';

export function getOrganisedEvents(signal?: AbortSignal): Promise<PortalEvent[]> {
  return api.get<PortalEvent[]>('/api/organiser/events', signal ? { signal } : undefined);
}

export function useOrganisedEvents() {
  return useQuery({ queryKey: ['organised-events'], queryFn: ({ signal }) => getOrganisedEvents(signal) });
}

export function saveEvent(id: string | undefined, request: EventRequest): Promise<PortalEvent> {
  return id ? api.put<PortalEvent>(`/api/events/${encodeURIComponent(id)}`, { body: request })
    : api.post<PortalEvent>('/api/events', { body: request });
}

export function useSaveEvent(id: string | undefined) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: EventRequest) => saveEvent(id, request),
    onSuccess: (event) => {
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
