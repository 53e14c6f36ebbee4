import type { AttachmentView } from '@/components/ui/attachment-list';
// Items as the catalogue API shows them to readers (docs/catalogue-api.md).

/** An item in a list: search results, related items. */
export interface ItemSummary {
  id: string;
  slug: string;
  type: string;
  title: string;
  summary: string;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  region: string | null;
  organisation: string | null;
  /** ISO date (yyyy-mm-dd). */
  publishedAt: string | null;
  /** Fictional demo content. */
  demo: boolean;
}

export interface Link {
  title: string;
  url: string;
}

/** One item with everything a reader sees. */
export interface Item extends ItemSummary {
  externalId: string | null;
  author: string | null;
  links: Link[];
  /** Attached files (absent in older answers). */
  attachments?: AttachmentView[];
  licence: string | null;
  language: string | null;
  /** Rendered from Markdown and sanitised by the server. */
  bodyHtml: string | null;
  /** ISO instant. */
  updatedAt: string | null;
  published: boolean;
}
