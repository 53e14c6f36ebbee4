import type { AttachmentView } from '@/components/ui/attachment-list';
// Articles as the articles API shows them (docs/articles.md).

export const ARTICLE_STATES = ['DRAFT', 'SUBMITTED', 'CHANGES_REQUESTED', 'REJECTED', 'PUBLISHED'] as const;
export type ArticleState = (typeof ARTICLE_STATES)[number];

export interface ArticleAuthor {
  slug: string;
  name: string;
}

export interface Reference {
  title: string;
  url: string;
}

/** One workflow step: who moved the article from which state to which, when, and why. */
export interface ArticleStep {
  from: ArticleState | null;
  to: ArticleState;
  actorName: string | null;
  at: string;
  comment: string | null;
  version: number | null;
}

export interface Article {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  body: string | null;
  /** Rendered from Markdown and sanitised by the server. */
  bodyHtml: string | null;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  references: Reference[];
  /** Attached files (absent in older answers); changed through their own endpoints. */
  attachments?: AttachmentView[];
  state: ArticleState;
  submissions: number;
  author: ArticleAuthor;
  /** Only for the author and editors. */
  history: ArticleStep[];
  createdAt: string | null;
  updatedAt: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  catalogueSlug: string | null;
  demo: boolean;
  /** Whether the caller may change the content now. */
  editable: boolean;
}

export interface ArticleSummary {
  id: string;
  slug: string;
  title: string;
  summary: string | null;
  state: ArticleState;
  author: ArticleAuthor;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  submissions: number;
  updatedAt: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  lastComment: string | null;
  demo: boolean;
}

export interface ArticleList {
  articles: ArticleSummary[];
}

export interface ArticleInput {
  title: string;
  summary: string | null;
  body: string | null;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  references: Reference[];
}

export interface VersionedArticle {
  article: Article;
  etag: string;
}

export type DiffKind = 'SAME' | 'ADDED' | 'REMOVED' | 'CHANGED';

export interface DiffLine {
  kind: DiffKind;
  text: string;
  segments: { kind: DiffKind; text: string }[];
}

export interface ArticleDiff {
  from: number;
  to: number;
  lines: DiffLine[];
}

/** The workflow steps, named as the API's paths. */
export type { StepName } from '@/components/workflow/review-decision';
