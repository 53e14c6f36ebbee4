import type { Article } from '../api/types';

// Answers of the articles API, for tests that state only what they are about.

export function aMe(roles: string[]) {
  return { subject: 'person-1', displayName: 'Esther Expert', roles };
}

export function anArticle(overrides: Partial<Article> = {}): Article {
  return {
    id: 'a1',
    slug: 'ouders-aan-tafel',
    title: 'Ouders aan tafel',
    summary: 'Over gesprekken met ouders.',
    body: '## Aanpak\n\nWe spraken met ouders.',
    bodyHtml: '<h2>Aanpak</h2><p>We spraken met ouders.</p>',
    partnerships: ['INFORMAL'],
    aspects: ['COMMUNICATION'],
    sectors: ['EDUCATION'],
    references: [],
    state: 'DRAFT',
    submissions: 0,
    author: { slug: 'esther-expert', name: 'Esther Expert' },
    history: [{ from: null, to: 'DRAFT', actorName: 'Esther Expert', at: '2025-04-01T10:00:00Z', comment: null, version: null }],
    createdAt: '2025-04-01T10:00:00Z',
    updatedAt: '2025-04-01T10:00:00Z',
    submittedAt: null,
    publishedAt: null,
    catalogueSlug: null,
    demo: false,
    editable: true,
    ...overrides,
  };
}

export function versioned(article: Article, etag: string): Response {
  return new Response(JSON.stringify(article), { status: 200, headers: { 'Content-Type': 'application/json', ETag: etag } });
}
