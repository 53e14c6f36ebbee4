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
      queryClient.setQueryData<Registration[] | null>(['my-registrations'], (list) =>
        (list ?? []).map((r) => (r.id === registration.id ? registration : r)),
      );
      void queryClient.invalidateQueries({ queryKey: ['event', registration.eventId] });
    },
  });
}
