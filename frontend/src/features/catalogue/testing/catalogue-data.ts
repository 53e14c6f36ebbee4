import type { PartnershipModelCounts } from '../api/get-model';
import type { SearchHit, SearchResponse } from '../api/search-items';
import type { Item } from '../api/types';

// Small factories for the catalogue API's answers, so each test states only what it is about.

export function aSearchHit(overrides: Partial<SearchHit> = {}): SearchHit {
  return {
    id: 'item-1',
    slug: 'ouderkamer-in-de-wijk',
    type: 'PRACTICE_EXAMPLE',
    title: 'Ouderkamer in de wijk',
    summary: 'Een vaste plek in school waar ouders elkaar ontmoeten.',
    partnerships: ['INFORMAL'],
    aspects: ['BUILDING'],
    sectors: ['EDUCATION'],
    region: 'UTRECHT',
    organisation: 'Basisschool De Linde',
    publishedAt: '2025-03-14',
    demo: false,
    highlights: null,
    ...overrides,
  };
}

const NO_FACETS: SearchResponse['facets'] = { type: [], partnership: [], aspect: [], sector: [], region: [] };

export function aSearchResponse(overrides: Partial<SearchResponse> = {}): SearchResponse {
  const items = overrides.items ?? [aSearchHit()];
  return { total: items.length, items, facets: NO_FACETS, nextCursor: null, didYouMean: null, relax: [], ...overrides };
}

export function anItem(overrides: Partial<Item> = {}): Item {
  return {
    ...aSearchHit(),
    externalId: 'demo-0001',
    author: 'Fatima el Amrani',
    links: [{ title: 'Handreiking ouderkamer', url: 'https://example.org/handreiking' }],
    licence: 'CC BY 4.0',
    language: 'nl',
    bodyHtml: '<h2>Aanpak</h2><p>Ouders <strong>ontmoeten</strong> elkaar elke week.</p>',
    updatedAt: '2025-04-01T10:00:00Z',
    published: true,
    ...overrides,
  };
}

export function aModel(sector: string | null = null, count = (index: number) => index): PartnershipModelCounts {
  const partnerships = ['SOCIETAL', 'INFORMAL', 'FORMAL', 'DIDACTIC', 'PEDAGOGIC'];
  const aspects = ['COMMUNICATION', 'CULTURE', 'ORGANISATION', 'MATERIALS', 'BUILDING', 'ICT'];
  return {
    sector,
    cells: aspects.flatMap((aspect, row) =>
      partnerships.map((partnership, column) => ({
        partnership,
        aspect,
        question: `Vraag ${partnership} ${aspect}?`,
        questionEn: `Question ${partnership} ${aspect}?`,
        count: count(row * partnerships.length + column),
      })),
    ),
  };
}
