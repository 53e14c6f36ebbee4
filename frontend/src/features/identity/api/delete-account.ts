import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { currentUserQueryKey, recheckSessionOn401 } from './get-current-user';

/** Erases the account and everything kept about the person; the backend ends the session too. */
export function deleteAccount(): Promise<void> {
  return api.delete('/api/me');
}

export function useDeleteAccount() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteAccount,
    onError: (error) => recheckSessionOn401(queryClient, error),
    onSuccess: () => {
      // Nothing cached for the person may outlive the account.
      queryClient.clear();
      queryClient.setQueryData(currentUserQueryKey, null);
    },
  });
}
