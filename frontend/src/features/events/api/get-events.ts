import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { EventPage } from './types';

export interface EventFilters {
  q?: string;
  region?: string;
  kind?: string;
  partnership?: string;
  sector?: string;
  from?: string;
  to?: string;
}

export function getEvents(filters: EventFilters, signal?: AbortSignal): Promise<EventPage> {
  const query = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
  return api.get<EventPage>('/api/events', { query, ...(signal && { signal }) });
}

export function useEvents(filters: EventFilters) {
  return useQuery({
    queryKey: ['events', filters],
    queryFn: ({ signal }) => getEvents(filters, signal),
    placeholderData: keepPreviousData,
  });
}

/** The address of the calendar feed for these filters (calendar apps subscribe to it). */
export function feedUrl(filters: EventFilters): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'region', 'kind', 'partnership', 'sector'] as const) {
    const value = filters[key];
    if (value) params.set(key, value);
  }
  const search = params.toString();
  return `/api/events/calendar.ics${search ? `?${search}` : ''}`;
}
