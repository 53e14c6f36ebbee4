import { useQuery } from '@tanstack/react-query';
import { ApiError, api } from '@/lib/api-client';
import { ProblemError } from '@/lib/problem-details';
import type { Registration } from './types';

/** The logged-in member's registrations; `null` when nobody is logged in. */
export async function getMyRegistrations(signal?: AbortSignal): Promise<Registration[] | null> {
  try {
    return await api.get<Registration[]>('/api/me/registrations', signal ? { signal } : undefined);
  } catch (error) {
    if ((error instanceof ProblemError && error.problem.status === 401) || (error instanceof ApiError && error.status === 401)) {
      return null;
    }
    throw error;
  }
}

/** `enabled: false` for a visitor known to be anonymous: asking would only log a 401 in the browser's console. */
export function useMyRegistrations(enabled = true) {
  return useQuery({ queryKey: ['my-registrations'], queryFn: ({ signal }) => getMyRegistrations(signal), enabled });
}
