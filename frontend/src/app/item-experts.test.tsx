import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { anEditableItem } from '@/features/catalogue-editor/testing/editor-data';
import { jsonResponse, problemResponse, renderApp, requestsTo, stubBackend } from '@/testing/test-utils';

const expert = {
  slug: 'karim-el-idrissi',
  name: 'Karim El Idrissi',
  photoUrl: null,
  bio: null,
  partnerships: ['INFORMAL'],
  aspects: [],
  sectors: ['EDUCATION'],
  region: null,
  organisation: null,
  listed: true,
  demo: true,
};

describe('a catalogue item’s page', () => {
  it('shows the experts whose expertise matches the item’s tags', async () => {
    const backend = stubBackend({
      'GET /api/me': () => problemResponse(401),
      'GET /api/items/ouderkamer-in-de-wijk': () => jsonResponse({ ...anEditableItem(), bodyHtml: '' }),
      'GET /api/items/ouderkamer-in-de-wijk/related': () => jsonResponse({ items: [] }),
      'GET /api/experts/matching': () => jsonResponse({ experts: [expert] }),
    });

    renderApp('/items/ouderkamer-in-de-wijk');

    expect(await screen.findByRole('heading', { name: 'Experts op dit onderwerp' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Karim El Idrissi' })).toHaveAttribute('href', '/experts/karim-el-idrissi');
    const [matching] = requestsTo(backend, 'GET', '/api/experts/matching');
    expect(matching?.url.searchParams.getAll('partnership')).toEqual(['INFORMAL']);
    expect(matching?.url.searchParams.getAll('sector')).toEqual(['EDUCATION']);
  });

  it('sends readers of a published expert article to the article page', async () => {
    stubBackend({
      'GET /api/me': () => problemResponse(401),
      'GET /api/items/samen-aan-tafel': () =>
        jsonResponse({ ...anEditableItem({ slug: 'samen-aan-tafel', externalId: 'article:samen-aan-tafel-2' }), bodyHtml: '' }),
      'GET /api/articles/samen-aan-tafel-2': () =>
        jsonResponse({
          id: 'a1',
          slug: 'samen-aan-tafel-2',
          title: 'Samen aan tafel',
          summary: null,
          body: null,
          bodyHtml: '<p>Tekst</p>',
          partnerships: [],
          aspects: [],
          sectors: [],
          references: [],
          state: 'PUBLISHED',
          submissions: 1,
          author: { slug: 'dr-esther-expert', name: 'Dr. Esther Expert' },
          history: [],
          createdAt: null,
          updatedAt: null,
          submittedAt: null,
          publishedAt: '2025-04-02T10:00:00Z',
          catalogueSlug: 'samen-aan-tafel',
          demo: false,
          editable: false,
        }),
    });

    renderApp('/items/samen-aan-tafel');

    expect(await screen.findByRole('heading', { level: 1, name: 'Samen aan tafel' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Dr. Esther Expert' })).toHaveAttribute('href', '/experts/dr-esther-expert');
  });
});
