import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { recheckSessionOn401, type Profile, type Role } from './get-current-user';
import type { UserPage } from './get-users';

/** `PUT /api/admin/users/{subject}/roles` (ADMIN): the roles granted inside the portal, replacing earlier grants. */
export function grantRoles(subject: string, roles: Role[]): Promise<Profile> {
  return api.put<Profile>(`/api/admin/users/${encodeURIComponent(subject)}/roles`, { body: { roles } });
}

export function useGrantRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ subject, roles }: { subject: string; roles: Role[] }) => grantRoles(subject, roles),
    onError: (error) => recheckSessionOn401(queryClient, error),
    onSuccess: (profile) => {
      // Every cached page showing this person gets the saved roles, without fetching the page again.
      queryClient.setQueriesData<UserPage>({ queryKey: ['admin-users'] }, (page) =>
        page && {
          ...page,
          users: page.users.map((user) => (user.subject === profile.subject ? profile : user)),
        },
      );
    },
  });
}
