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
    // The list comes from a search that sees the change only after the next index refresh: update it in place.
    onSuccess: (updated) =>
      queryClient.setQueryData<AttendeeList>(['attendees', eventId], (list) =>
        list
          ? {
              ...list,
              attendees: list.attendees.map((a) => (a.id === updated.id ? { ...a, present: updated.present } : a)),
              counts: {
                ...list.counts,
                present: list.attendees.filter((a) => (a.id === updated.id ? updated.present : a.present)).length,
              },
            }
          : list,
      ),
  });
}
