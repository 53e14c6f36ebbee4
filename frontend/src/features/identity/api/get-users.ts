import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Profile } from './get-current-user';

export interface UserPage {
  total: number;
  users: Profile[];
}

/** `GET /api/admin/users` (ADMIN): one page of everyone with an account, ordered by name; `page` counts from 0. */
export function getUsers(page: number, size: number, signal?: AbortSignal): Promise<UserPage> {
  return api.get<UserPage>('/api/admin/users', { query: { page, size }, ...(signal && { signal }) });
}

export const usersQueryKey = (page: number, size: number) => ['admin-users', { page, size }] as const;

export function usersQueryOptions(page: number, size: number) {
  return queryOptions({
    queryKey: usersQueryKey(page, size),
    queryFn: ({ signal }) => getUsers(page, size, signal),
    placeholderData: keepPreviousData,
  });
}

export function useUsers(page: number, size: number) {
  return useQuery(usersQueryOptions(page, size));
}
