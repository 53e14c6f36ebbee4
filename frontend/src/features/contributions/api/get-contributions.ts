import { useQuery } from '@tanstack/react-query';
import { api, apiExchange } from '@/lib/api-client';
import type {
  Contribution,
  ContributionDiff,
  ContributionState,
  ContributionSummary,
  VersionedContribution,
} from './types';

interface ContributionList {
  contributions: ContributionSummary[];
}

export function getMyContributions(signal?: AbortSignal): Promise<ContributionList> {
  return api.get<ContributionList>('/api/contributions/mine', signal ? { signal } : undefined);
}

export function useMyContributions() {
  return useQuery({ queryKey: ['contributions', 'mine'], queryFn: ({ signal }) => getMyContributions(signal) });
}

export function getContributionQueue(state: ContributionState, signal?: AbortSignal): Promise<ContributionList> {
  return api.get<ContributionList>('/api/contributions/review', { query: { state }, ...(signal && { signal }) });
}

export function useContributionQueue(state: ContributionState) {
  return useQuery({
    queryKey: ['contributions', 'review', state],
    queryFn: ({ signal }) => getContributionQueue(state, signal),
  });
}

export async function getContribution(id: string, signal?: AbortSignal): Promise<VersionedContribution> {
  const response = await apiExchange<Contribution>(
    `/api/contributions/${encodeURIComponent(id)}`,
    signal ? { signal } : {},
  );
  return { contribution: response.data, etag: response.headers.get('ETag') ?? '' };
}

export function useContribution(id: string) {
  return useQuery({ queryKey: ['contributions', 'id', id], queryFn: ({ signal }) => getContribution(id, signal) });
}

export function getContributionDiff(id: string, signal?: AbortSignal): Promise<ContributionDiff> {
  return api.get<ContributionDiff>(`/api/contributions/${encodeURIComponent(id)}/diff`, signal ? { signal } : undefined);
}

export function useContributionDiff(id: string, enabled: boolean) {
  return useQuery({
    queryKey: ['contributions', 'diff', id],
    queryFn: ({ signal }) => getContributionDiff(id, signal),
    enabled,
  });
}
