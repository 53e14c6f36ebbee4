/** The six ISOP guidelines, each a section of a school's dossier (the taxonomy's `isop_label.guidelines`). */
export const GUIDELINES = ['WELCOME', 'VISION', 'PLAN', 'INNOVATION', 'SHARING', 'RESEARCH'] as const;
export type Guideline = (typeof GUIDELINES)[number];

export const TRACK_STATES = ['DRAFT', 'SUBMITTED', 'IN_REVIEW', 'MORE_REQUESTED', 'AWARDED', 'DECLINED'] as const;
export type TrackState = (typeof TRACK_STATES)[number];

export const SECTION_STATUSES = ['OPEN', 'MET', 'PARTLY_MET', 'NOT_MET'] as const;
export type SectionStatus = (typeof SECTION_STATUSES)[number];

/** Evidence the school (or, for notes, the assessor) adds by hand; documents are uploaded. */
export const EVIDENCE_KINDS = ['LINK', 'VISIT_NOTE', 'CONVERSATION_NOTE', 'TEAM_MEETING_NOTE'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number] | 'DOCUMENT';

export type Decision = 'award' | 'ask-more' | 'decline';

export interface Label {
  awardedAt: string;
  validUntil: string;
  valid: boolean;
}

export interface Evidence {
  id: string;
  kind: EvidenceKind;
  title: string;
  url: string | null;
  text: string | null;
  fileName: string | null;
  contentType: string | null;
  size: number | null;
  downloadUrl: string | null;
  addedByName: string | null;
  addedAt: string;
}

export interface Finding {
  status: SectionStatus;
  text: string;
  assessorName: string | null;
  at: string;
}

export interface Section {
  guideline: Guideline;
  status: SectionStatus;
  evidence: Evidence[];
  findings: Finding[];
}

export interface Visit {
  id: string;
  startsAt: string;
  endsAt: string;
  location: string;
  note: string | null;
  plannedByName: string | null;
}

export interface Step {
  action: string;
  from: TrackState | null;
  to: TrackState;
  actorName: string | null;
  at: string;
  detail: string | null;
}

export interface Consent {
  given: boolean;
  givenAt: string | null;
  withdrawnAt: string | null;
  recordedByName: string | null;
}

export interface Permissions {
  editEvidence: boolean;
  submit: boolean;
  restart: boolean;
  assign: boolean;
  assess: boolean;
  decide: boolean;
  consent: boolean;
  delete: boolean;
  /** Choose the practice examples and events on the school's public page. */
  links: boolean;
}

/** Who a school is, as its dossier and its public page both name it. */
export interface School {
  slug: string;
  name: string;
  brin: string;
  place: string;
  province: string;
  sector: string;
}

export interface Dossier extends School {
  id: string;
  organisation: string;
  state: TrackState;
  label: Label | null;
  contactName: string | null;
  assessorSubject: string | null;
  assessorName: string | null;
  /** An assessor assigned by address who has not logged in yet (shown to editors and administrators only). */
  pendingAssessorEmail: string | null;
  sections: Section[];
  visits: Visit[];
  history: Step[];
  consent: Consent | null;
  linkedItems: string[];
  linkedEvents: string[];
  may: Permissions;
  createdAt: string;
  updatedAt: string;
}

export interface DossierSummary {
  id: string;
  slug: string;
  name: string;
  place: string;
  province: string;
  state: TrackState;
  assessorName: string | null;
  label: Label | null;
  updatedAt: string;
}

export interface SchoolApplication {
  name: string;
  brin: string;
  place: string;
  province: string;
  sector: string;
  organisation: string | null;
}

export interface EvidenceInput {
  kind: EvidenceKind;
  title: string;
  url: string | null;
  text: string | null;
}

export interface VisitInput {
  startsAt: string;
  endsAt: string;
  location: string;
  note: string | null;
}

export interface FindingInput {
  status: SectionStatus;
  text: string;
}

export interface RegisterEntry {
  slug: string;
  name: string;
  place: string;
  province: string;
  sector: string;
  awardedAt: string;
  validUntil: string;
}

export interface RegisterPage {
  total: number;
  schools: RegisterEntry[];
  provinces: Record<string, number>;
  sectors: Record<string, number>;
}

export interface SchoolPage extends School {
  label: Label;
  researchConsent: boolean;
  practice: PracticeCard[];
  events: EventCard[];
}

export interface PracticeCard {
  id: string;
  slug: string;
  type: string;
  title: string;
  summary: string;
}

export interface EventCard {
  id: string;
  title: string;
  startsAt: string;
  city: string | null;
}

/** What the school shares on its public page (`GET /api/isop/dossiers/{id}/links`). */
export interface Linked {
  items: PracticeCard[];
  events: EventCard[];
}

/** What `PUT /api/isop/dossiers/{id}/links` takes: item slugs and event ids. */
export interface LinksInput {
  items: string[];
  events: string[];
}

/** A catalogue item or event to pick: `id` is what the links take (an item's slug, an event's id). */
export interface LinkOption {
  id: string;
  title: string;
  /** A second line: the kind of item, or the event's date and place. */
  detail?: string;
}

/**
 * Where the picker searches: the catalogue's and the events' own APIs, handed in by the route that composes the
 * features (features do not import each other).
 */
export interface LinkSources {
  items: (q: string, signal?: AbortSignal) => Promise<LinkOption[]>;
  events: (q: string, signal?: AbortSignal) => Promise<LinkOption[]>;
}

/** An assessor the portal knows, or the address of one who has not logged in yet. */
export type AssignInput = { assessorSubject: string } | { assessorEmail: string };

export interface Assessor {
  subject: string;
  name: string;
}
