import type { AttachmentView } from '@/components/ui/attachment-list';
import type { DiffView, HistoryStep, WorkflowState } from '@/components/workflow/types';

export type ContributionState = WorkflowState;
export type ContributionStep = HistoryStep;
export type ContributionDiff = DiffView;

export const CONTRIBUTION_TYPES = ['PRACTICE_EXAMPLE', 'TOOL'] as const;
export type ContributionType = (typeof CONTRIBUTION_TYPES)[number];

/** What the author sends: the catalogue's fields, the model's codes and the four sections. */
export interface ContributionInput {
  type: ContributionType;
  title: string;
  summary: string | null;
  context: string | null;
  approach: string | null;
  result: string | null;
  tips: string | null;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  region: string | null;
  organisation: string | null;
  showName: boolean;
}

export interface Contribution {
  id: string;
  type: ContributionType;
  title: string;
  summary?: string;
  context?: string;
  approach?: string;
  result?: string;
  tips?: string;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  region?: string;
  organisation?: string;
  showName: boolean;
  authorName?: string;
  attachments: AttachmentView[];
  state: ContributionState;
  submissions: number;
  history: ContributionStep[];
  itemId?: string;
  catalogueSlug?: string;
  editable: boolean;
}

export interface ContributionSummary {
  id: string;
  type: ContributionType;
  title: string;
  state: ContributionState;
  authorName?: string;
  submissions: number;
  updatedAt?: string;
  lastComment?: string;
  catalogueSlug?: string;
  views: number;
  saves: number;
}

export interface VersionedContribution {
  contribution: Contribution;
  etag: string;
}

export type { StepName } from '@/components/workflow/review-decision';
