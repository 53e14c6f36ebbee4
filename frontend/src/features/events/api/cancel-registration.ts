import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Registration } from './types';

export function cancelRegistration(registrationId: string): Promise<Registration> {
  return api.delete<Registration>(`/api/me/registrations/${encodeURIComponent(registrationId)}`);
}

export function useCancelRegistration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: cancelRegistration,
    onSuccess: (registration) => {
      void queryClient.invalidateQueries({ queryKey: ['my-registrations'] });
      void queryClient.invalidateQueries({ queryKey: ['event', registration.eventId] });
    },
  });
}
