import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { currentUserQueryKey, recheckSessionOn401 } from './get-current-user';

/** Ends every session of the person, this one included, on every device (a lost phone, a shared computer). */
export function endAllSessions(): Promise<void> {
  return api.post<void>('/api/me/sessions/end');
}

export function useEndAllSessions() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: endAllSessions,
    onError: (error) => recheckSessionOn401(queryClient, error),
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(currentUserQueryKey, null);
    },
  });
}
