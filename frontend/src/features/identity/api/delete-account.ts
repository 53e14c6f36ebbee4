import { api } from '@/lib/api-client';
import { useSessionEndingMutation } from './get-current-user';

/** What the backend answers: where to end the session at the identity provider too (absent if it can't). */
export interface AccountDeleted {
  logoutUrl?: string | null;
}

/** Erases the account and everything kept about the person; the backend ends the portal session too. */
export function deleteAccount(): Promise<AccountDeleted | undefined> {
  return api.delete<AccountDeleted | undefined>('/api/me');
}

export function useDeleteAccount() {
  return useSessionEndingMutation(deleteAccount);
}
