import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { currentUserQueryKey, recheckSessionOn401, type Profile } from './get-current-user';

export const ORGANISATION_MAX_LENGTH = 200;
export const BIO_MAX_LENGTH = 2000;

/** What a person may change about themselves; `null` clears a field. */
export interface ProfileUpdate {
  organisation: string | null;
  sector: string | null;
  region: string | null;
  bio: string | null;
}

export function updateProfile(update: ProfileUpdate): Promise<Profile> {
  return api.put<Profile>('/api/me/profile', { body: update });
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateProfile,
    onSuccess: (profile) => queryClient.setQueryData(currentUserQueryKey, profile),
    onError: (error) => recheckSessionOn401(queryClient, error),
  });
}
