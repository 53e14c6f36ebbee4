import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** What one digest round did: saved-search matches it handled and digest mails it queued. */
export interface DigestRound {
  matched: number;
  mails: number;
}

/** Runs a digest round now, as the timer would (administrators only; docs/follow.md "A digest round on demand"). */
export function runDigests(): Promise<DigestRound> {
  return api.post<DigestRound>('/api/admin/digests/run');
}

export function useRunDigests() {
  return useMutation({ mutationFn: runDigests });
}
