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
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['my-registrations'] });
      void queryClient.invalidateQueries({ queryKey: ['event', eventId] });
    },
  });
}
