import { api } from '@/lib/api-client';
import { useSessionEndingMutation } from './get-current-user';

/** Ends every session of the person, this one included, on every device (a lost phone, a shared computer). */
export function endAllSessions(): Promise<void> {
  return api.post<void>('/api/me/sessions/end');
}

export function useEndAllSessions() {
  return useSessionEndingMutation(endAllSessions);
}
