import type { StepVariables } from '@/components/workflow/review-decision';
import { readVersioned, takeStep, useWorkflowWrite, writeVersioned, type WithEtag } from '@/components/workflow/workflow-api';
import type { Contribution, ContributionInput, VersionedContribution } from './types';

export const contributionPath = (id: string) => `/api/contributions/${encodeURIComponent(id)}`;

export function versioned({ data, etag }: WithEtag<Contribution>): VersionedContribution {
  return { contribution: data, etag };
}

export async function getContribution(id: string, signal?: AbortSignal): Promise<VersionedContribution> {
  return versioned(await readVersioned<Contribution>(contributionPath(id), signal));
}

export async function createContribution(input: ContributionInput): Promise<VersionedContribution> {
  return versioned(await writeVersioned<Contribution>('/api/contributions', 'POST', input));
}

/** Saves over the version the author loaded; a 412 means it was saved elsewhere in between. */
export async function updateContribution(id: string, etag: string, input: ContributionInput): Promise<VersionedContribution> {
  return versioned(await writeVersioned<Contribution>(contributionPath(id), 'PUT', input, etag));
}

export function useCreateContribution() {
  return useWorkflowWrite(createContribution, 'contributions');
}

export function useUpdateContribution(id: string) {
  return useWorkflowWrite(
    ({ etag, input }: { etag: string; input: ContributionInput }) => updateContribution(id, etag, input),
    'contributions',
  );
}

export function useContributionStep(id: string) {
  return useWorkflowWrite(
    async ({ step, etag, comment }: StepVariables) => versioned(await takeStep<Contribution>(contributionPath(id), step, etag, comment)),
    'contributions',
  );
}
