import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { api, ApiError } from '@/lib/api-client';
import { ProblemError } from '@/lib/problem-details';
import { ME_URL } from './me-url';

/** Browser navigations the backend handles itself (backend-for-frontend: the app never sees a token). */
export const LOGIN_URL = '/oauth2/authorization/kennisportaal';
export const LOGOUT_URL = '/logout';
export const PERSONAL_DATA_URL = '/api/me/data';

export const ROLES = ['MEMBER', 'ORGANISER', 'EXPERT', 'EDITOR', 'ADMIN', 'SCHOOL_CONTACT', 'ASSESSOR'] as const;
export type Role = (typeof ROLES)[number];

export function isRole(code: unknown): code is Role {
  return typeof code === 'string' && (ROLES as readonly string[]).includes(code);
}

/** A person as `/api/me` and the user administration show them; empty members are left out by the backend. */
export interface Profile {
  subject: string;
  displayName: string;
  email?: string;
  /** For `/api/me` the roles of the current session; for the administration the roles the next login will get. */
  roles: string[];
  /** Roles the identity provider gives; an administrator cannot take these away. */
  providerRoles?: string[];
  /** Roles granted inside the portal. */
  grantedRoles?: string[];
  organisation?: string;
  sector?: string;
  region?: string;
  bio?: string;
  createdAt?: string;
  lastLoginAt?: string;
}

export function hasRole(user: Profile | null | undefined, role: Role): boolean {
  return user?.roles.includes(role) ?? false;
}

/**
 * The logged-in person, or `null` for an anonymous visitor: the backend answers 204 No Content when nobody is logged
 * in (a 401, as older backends sent, means the same).
 */
export async function getCurrentUser(signal?: AbortSignal): Promise<Profile | null> {
  try {
    return (await api.get<Profile | undefined>(ME_URL, signal ? { signal } : undefined)) ?? null;
  } catch (error) {
    if ((error instanceof ProblemError || error instanceof ApiError) && error.status === 401) {
      return null;
    }
    throw error;
  }
}

export const currentUserQueryKey = ['current-user'] as const;

export const currentUserQueryOptions = queryOptions({
  queryKey: currentUserQueryKey,
  queryFn: ({ signal }) => getCurrentUser(signal),
});

export function useCurrentUser() {
  return useQuery(currentUserQueryOptions);
}

/** After a 401 from a write the session is gone (expired, or ended elsewhere): ask again who is there. */
export function recheckSessionOn401(queryClient: QueryClient, error: unknown): void {
  if ((error instanceof ProblemError || error instanceof ApiError) && error.status === 401) {
    void queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
  }
}

/**
 * A request that ends the person's session here (deleting the account, logging out everywhere): once it succeeds,
 * nothing cached for them may outlive it and nobody is logged in.
 */
export function useSessionEndingMutation<Result>(end: () => Promise<Result>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: end,
    onError: (error) => recheckSessionOn401(queryClient, error),
    onSuccess: () => {
      queryClient.clear();
      queryClient.setQueryData(currentUserQueryKey, null);
    },
  });
}
