import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Registration } from './types';

export interface RegistrationInput {
  colleagues: string[];
  answers: Record<string, string>;
}

export function registerForEvent(eventId: string, input: RegistrationInput): Promise<Registration> {
  return api.post<Registration>(`/api/events/${encodeURIComponent(eventId)}/registrations`, { body: input });
}

export function useRegisterForEvent(eventId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RegistrationInput) => registerForEvent(eventId, input),
    onSuccess: (registration) => {
      // The list of one's registrations comes from a search that sees a new one only after the next index refresh,
      // so the answer goes into it directly.
      queryClient.setQueryData<Registration[] | null>(['my-registrations'], (list) => [
        ...(list ?? []).filter((r) => r.id !== registration.id),
        registration,
      ]);
      void queryClient.invalidateQueries({ queryKey: ['event', eventId] });
    },
  });
}
