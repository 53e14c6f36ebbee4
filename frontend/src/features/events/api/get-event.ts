import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { PortalEvent } from './types';

export function getEvent(id: string, signal?: AbortSignal): Promise<PortalEvent> {
  return api.get<PortalEvent>(`/api/events/${encodeURIComponent(id)}`, signal ? { signal } : undefined);
}

export function useEvent(id: string) {
  return useQuery({ queryKey: ['event', id], queryFn: ({ signal }) => getEvent(id, signal) });
}
