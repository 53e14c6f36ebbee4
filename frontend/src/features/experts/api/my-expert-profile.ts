import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Expert, ExpertInput } from './types';

export function getMyExpertProfile(signal?: AbortSignal): Promise<Expert> {
  return api.get<Expert>('/api/experts/me', signal ? { signal } : undefined);
}

export function useMyExpertProfile() {
  return useQuery({ queryKey: ['experts', 'me'], queryFn: ({ signal }) => getMyExpertProfile(signal) });
}

export function updateMyExpertProfile(input: ExpertInput): Promise<Expert> {
  return api.put<Expert>('/api/experts/me', { body: input });
}

export function useUpdateMyExpertProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateMyExpertProfile,
    onSuccess: (expert) => {
      queryClient.setQueryData(['experts', 'me'], expert);
      return queryClient.invalidateQueries({ queryKey: ['experts'], predicate: (query) => query.queryKey[1] !== 'me' });
    },
  });
}
