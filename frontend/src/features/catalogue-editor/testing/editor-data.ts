import { problemResponse } from '@/testing/test-utils';
import type { EditableItem } from '../api/types';

// Answers of the editing API, for tests that state only what they are about.

/** `GET /api/me` for a logged-in person: an editor unless told otherwise. */
export function aMe(roles: string[] = ['MEMBER', 'EDITOR']) {
  return { subject: 'editor-1', displayName: 'Eva Redacteur', roles };
}

export function anEditableItem(overrides: Partial<EditableItem> = {}): EditableItem {
  return {
    id: 'c0ffee',
    slug: 'ouderkamer-in-de-wijk',
    externalId: 'demo-0001',
    type: 'PRACTICE_EXAMPLE',
    title: 'Ouderkamer in de wijk',
    summary: 'Een vaste plek in school waar ouders elkaar ontmoeten.',
    body: 'Ouders **ontmoeten** elkaar.',
    partnerships: ['INFORMAL'],
    aspects: ['BUILDING'],
    sectors: ['EDUCATION'],
    region: 'UTRECHT',
    organisation: 'Basisschool De Linde',
    author: null,
    links: [],
    licence: 'CC BY 4.0',
    language: 'nl',
    publishedAt: '2025-03-14',
    updatedAt: '2025-04-01T10:00:00Z',
    published: true,
    demo: true,
    ...overrides,
  };
}

/** The item as the backend answers an editor's read or write: JSON with the version in `ETag`. */
export function versionedResponse(item: EditableItem, etag: string, status = 200): Response {
  return new Response(JSON.stringify(item), { status, headers: { 'Content-Type': 'application/json', ETag: etag } });
}

export function problem(status: number, body: Record<string, unknown> = {}): Response {
  return problemResponse(status, { title: `Problem ${status}`, ...body });
}
