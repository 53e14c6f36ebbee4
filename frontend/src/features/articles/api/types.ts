import type { AttachmentView } from '@/components/ui/attachment-list';
import type { DiffView, HistoryStep, WorkflowState } from '@/components/workflow/types';
// Articles as the articles API shows them (docs/articles.md).

export { WORKFLOW_STATES as ARTICLE_STATES } from '@/components/workflow/types';
export type ArticleState = WorkflowState;
export type ArticleStep = HistoryStep;
export type ArticleDiff = DiffView;

export interface ArticleAuthor {
  slug: string;
  name: string;
}

export interface Reference {
  title: string;
  url: string;
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

/** The workflow steps, named as the API's paths. */
export type { StepName } from '@/components/workflow/review-decision';
