import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Attendee, AttendeeList } from './types';

export function getAttendees(eventId: string, signal?: AbortSignal): Promise<AttendeeList> {
  return api.get<AttendeeList>(`/api/events/${encodeURIComponent(eventId)}/attendees`, signal ? { signal } : undefined);
}

export function useAttendees(eventId: string) {
  return useQuery({ queryKey: ['attendees', eventId], queryFn: ({ signal }) => getAttendees(eventId, signal) });
}

export function attendeesCsvUrl(eventId: string): string {
  return `/api/events/${encodeURIComponent(eventId)}/attendees.csv`;
}

export function useSetPresence(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ registrationId, present }: { registrationId: string; present: boolean }) =>
      api.put<Attendee>(
        `/api/events/${encodeURIComponent(eventId)}/attendees/${encodeURIComponent(registrationId)}/presence`,
        { body: { present } },
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['attendees', eventId] }),
  });
}
