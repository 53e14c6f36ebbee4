/** The editorial workflow's shapes as the API answers them (backend package `workflow`), for every kind of writing. */
export const WORKFLOW_STATES = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED', 'PUBLISHED'] as const;
export type WorkflowState = (typeof WORKFLOW_STATES)[number];

/** The features whose `<feature>.states.*` and `<feature>.review.*` messages name a document's state and decisions. */
export type WorkflowMessages = 'articles' | 'contributions';

/** One step of a document's history: who moved it from which state to which, when, why, and about which version. */
export interface HistoryStep {
  from: WorkflowState | null;
  to: WorkflowState;
  actorName: string | null;
  at: string;
  comment: string | null;
  version: number | null;
}

export type DiffKind = 'SAME' | 'ADDED' | 'REMOVED' | 'CHANGED';

export interface DiffLine {
  kind: DiffKind;
  text: string;
  segments: { kind: DiffKind; text: string }[];
}

/** What changed from submitted version `from` (0: nothing yet) to version `to`. */
export interface DiffView {
  from: number;
  to: number;
  lines: DiffLine[];
}
