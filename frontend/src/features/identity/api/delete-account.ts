import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { currentUserQueryKey, recheckSessionOn401 } from './get-current-user';

/** What the backend answers: where to end the session at the identity provider too (absent if it can't). */
export interface AccountDeleted {
  logoutUrl?: string | null;
}

/** Erases the account and everything kept about the person; the backend ends the portal session too. */
export function deleteAccount(): Promise<AccountDeleted | undefined> {
  return api.delete<AccountDeleted | undefined>('/api/me');
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
