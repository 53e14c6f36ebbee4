import type { AttachmentView } from '@/components/ui/attachment-list';
// Items as editors read and write them (docs/catalogue-api.md, "Editing").

export interface ItemLink {
  title: string;
  url: string;
}

/** What `POST /api/items` and `PUT /api/items/{id}` take. */
export interface ItemInput {
  externalId: string | null;
  type: string;
  title: string;
  summary: string;
  body: string | null;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  region: string;
  organisation: string | null;
  author: string | null;
  links: ItemLink[];
  licence: string | null;
  language: string;
  publishedAt: string | null;
  published: boolean;
  demo: boolean;
}

/** An item as the editing endpoints return it: what an editor sends, but items from before a field existed lack it. */
export interface EditableItem extends Omit<ItemInput, 'region' | 'links' | 'language'> {
  id: string;
  slug: string;
  region: string | null;
  links: ItemLink[] | null;
  /** Attached files; changed through their own endpoints, not the item's save. */
  attachments?: AttachmentView[];
  language: string | null;
  updatedAt: string | null;
}

/** An item with the version it was read at: the `ETag` to send back as `If-Match`. */
export interface VersionedItem {
  item: EditableItem;
  etag: string;
}
