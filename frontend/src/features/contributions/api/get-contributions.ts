import { useQuery } from '@tanstack/react-query';
import { workflowQuery } from '@/components/workflow/workflow-api';
import { contributionPath, getContribution } from './save-contribution';
import type { ContributionDiff, ContributionState, ContributionSummary } from './types';

interface ContributionList {
  contributions: ContributionSummary[];
}

export function useMyContributions() {
  return useQuery(workflowQuery<ContributionList>(['contributions', 'mine'], '/api/contributions/mine'));
}

export function useContributionQueue(state: ContributionState) {
  return useQuery(workflowQuery<ContributionList>(['contributions', 'review', state], '/api/contributions/review', { state }));
}

export function useContribution(id: string) {
  return useQuery({ queryKey: ['contributions', 'id', id], queryFn: ({ signal }) => getContribution(id, signal) });
}

export function useContributionDiff(id: string, enabled: boolean) {
  return useQuery({ ...workflowQuery<ContributionDiff>(['contributions', 'diff', id], `${contributionPath(id)}/diff`), enabled });
}
