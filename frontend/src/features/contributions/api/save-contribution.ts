import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiExchange } from '@/lib/api-client';
import type { Contribution, ContributionInput, StepName, VersionedContribution } from './types';

function versioned(response: { data: Contribution; headers: Headers }): VersionedContribution {
  return { contribution: response.data, etag: response.headers.get('ETag') ?? '' };
}

export async function createContribution(input: ContributionInput): Promise<VersionedContribution> {
  return versioned(await apiExchange<Contribution>('/api/contributions', { method: 'POST', body: input }));
}

/** Saves over the version the author loaded; a 412 means it was saved elsewhere in between. */
export async function updateContribution(id: string, etag: string, input: ContributionInput): Promise<VersionedContribution> {
  return versioned(
    await apiExchange<Contribution>(`/api/contributions/${encodeURIComponent(id)}`, {
      method: 'PUT',
      body: input,
      headers: { 'If-Match': etag },
    }),
  );
}

/** One workflow step, based on the version on screen. */
export async function takeContributionStep(
  id: string,
  step: StepName,
  etag: string,
  comment?: string,
): Promise<VersionedContribution> {
  return versioned(
    await apiExchange<Contribution>(`/api/contributions/${encodeURIComponent(id)}/${step}`, {
      method: 'POST',
      body: comment ? { comment } : {},
      headers: { 'If-Match': etag },
    }),
  );
}

function useRefresh() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ predicate: (query) => query.queryKey[0] === 'contributions' && query.queryKey[1] !== 'id' });
}

export function useCreateContribution() {
  const refresh = useRefresh();
  return useMutation({ mutationFn: createContribution, onSuccess: refresh });
}

export function useUpdateContribution(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ etag, input }: { etag: string; input: ContributionInput }) => updateContribution(id, etag, input),
    onSuccess: refresh,
  });
}

export function useContributionStep(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: ({ step, etag, comment }: { step: StepName; etag: string; comment?: string }) =>
      takeContributionStep(id, step, etag, comment),
    onSuccess: refresh,
  });
}
