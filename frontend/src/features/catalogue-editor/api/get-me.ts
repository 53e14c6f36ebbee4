import { useQuery } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import { ProblemError } from '@/lib/problem-details';

// A minimal current-user hook for the editor screens. The identity feature (branch identity-ui) brings the full one
// (`useCurrentUser`, same query key and answer); once it is on main, this file can go and the routes use that instead.

/** Where the backend starts the login (backend-for-frontend: the app never sees a token). */
export const LOGIN_URL = '/oauth2/authorization/kennisportaal';

export interface Me {
  subject: string;
  displayName: string;
  roles: string[];
}

/** The logged-in person, or null for an anonymous visitor: the backend's 401 is the normal "not logged in" answer. */
export async function getMe(signal?: AbortSignal): Promise<Me | null> {
  try {
    return await api.get<Me>('/api/me', signal ? { signal } : undefined);
  } catch (error) {
    if ((error instanceof ProblemError || error instanceof ApiError) && error.status === 401) return null;
    throw error;
  }
}

export function useMe() {
  return useQuery({ queryKey: ['current-user'], queryFn: ({ signal }) => getMe(signal) });
}

export function isEditor(me: Me | null | undefined): boolean {
  return me?.roles.includes('EDITOR') ?? false;
}
