/** How far a team is on one question; NOT_APPLICABLE counts for nothing. */
export const LEVELS = ['NOT_YET', 'STARTING', 'UNDERWAY', 'SECURED', 'NOT_APPLICABLE'] as const;
export type Level = (typeof LEVELS)[number];

export const isLevel = (value: unknown): value is Level =>
  typeof value === 'string' && (LEVELS as readonly string[]).includes(value);

export interface Answer {
  partnership: string;
  aspect: string;
  level: Level;
  note?: string | null;
}

export interface ScanRequest {
  answers: Answer[];
  sector?: string | null;
  region?: string | null;
}

/** One cell of the grid; `score` 1-4 (average), absent when nobody gave it a level. */
export interface CellResult {
  partnership: string;
  aspect: string;
  question: string;
  questionEn: string;
  score?: number;
  answered: number;
  notApplicable: number;
  spread?: number;
  lowest?: number;
  highest?: number;
  change?: number;
}

export interface Balance {
  code: string;
  score?: number;
  cells: number;
}

export interface CellRef {
  partnership: string;
  aspect: string;
  question: string;
  questionEn: string;
  score: number;
  spread?: number;
}

export interface Recommendation {
  partnership: string;
  aspect: string;
  items: { slug: string; type: string; title: string; summary?: string }[];
  events: { id: string; title: string; startsAt: string; city?: string }[];
  experts: { slug: string; name: string; organisation?: string }[];
}

export interface Results {
  respondents: number;
  cells: CellResult[];
  partnerships: Balance[];
  aspects: Balance[];
  weakest: CellRef[];
  disagreements: CellRef[];
  recommendations: Recommendation[];
}

export interface ScanView {
  id: string;
  savedAt: string;
  sector?: string;
  region?: string;
  answers: Answer[];
  results: Results;
}

export interface ScanSummary {
  id: string;
  savedAt: string;
  answered: number;
}

export interface MemberView {
  id: string;
  name: string;
  answered: boolean;
  owner: boolean;
}

export interface ActionView {
  id: string;
  partnership: string;
  aspect: string;
  text: string;
  ownerId?: string;
  ownerName?: string;
  due: string;
  done: boolean;
  version: string;
}

export interface ActionInput {
  partnership: string;
  aspect: string;
  text: string;
  ownerId: string | null;
  due: string;
  done?: boolean;
}

export interface TeamView {
  id: string;
  name: string;
  sector?: string;
  region?: string;
  owner: boolean;
  inviteToken?: string;
  memberId: string;
  memberCount: number;
  members: MemberView[];
  round: number;
  rounds: { number: number; startedAt: string; respondents: number }[];
  myAnswers: Answer[];
  notAnsweredCount: number;
  results: Results;
  actions: ActionView[];
}

export interface TeamSummary {
  id: string;
  name: string;
  round: number;
  memberCount: number;
  owner: boolean;
}

export interface TeamInput {
  name: string;
  sector: string | null;
  region: string | null;
}

/** The five partnerships' six cells in the grid's order, each with its question in Dutch and English. */
export interface Question {
  partnership: string;
  aspect: string;
  question: string;
  questionEn: string;
}

export const cellKey = (partnership: string, aspect: string) => `${partnership}/${aspect}`;
