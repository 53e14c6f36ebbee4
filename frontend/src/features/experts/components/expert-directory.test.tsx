import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, problemResponse, renderApp, requestsTo, stubBackend } from '@/testing/test-utils';
import type { Expert } from '../api/types';

const esther: Expert = {
  slug: 'dr-esther-expert',
  name: 'Dr. Esther Expert',
  photoUrl: null,
  bio: 'Onderzoeker naar oudergesprekken.',
  partnerships: ['FORMAL'],
  aspects: [],
  sectors: ['EDUCATION'],
  region: 'UTRECHT',
  organisation: 'Kenniscentrum (fictief)',
  listed: true,
  demo: true,
};

let backend: ReturnType<typeof stubBackend>;

beforeEach(() => {
  backend = stubBackend({
    'GET /api/me': () => problemResponse(401),
    'GET /api/experts': () =>
      jsonResponse({
        total: 1,
        experts: [esther],
        facets: {
          partnership: [{ value: 'FORMAL', count: 1, selected: false }],
          aspect: [],
          sector: [{ value: 'EDUCATION', count: 1, selected: false }],
          region: [{ value: 'UTRECHT', count: 1, selected: false }],
        },
      }),
    'GET /api/experts/dr-esther-expert': () => jsonResponse(esther),
    'GET /api/articles': () => jsonResponse({ articles: [] }),
  });
});

describe('ExpertDirectory', () => {
  it('searches by text and facet, keeping both in the request, and links each expert to their profile', async () => {
    renderApp('/experts');
    expect(await screen.findByRole('heading', { name: '1 expert' })).toBeInTheDocument();
    await userEvent.type(screen.getByRole('searchbox', { name: 'Zoek experts' }), 'oudergesprek');
    await userEvent.click(screen.getByRole('button', { name: 'Zoeken' }));
    await userEvent.click(screen.getByRole('checkbox', { name: /Formeel partnerschap/ }));
    const last = requestsTo(backend, 'GET', '/api/experts').at(-1);
    expect(last?.url.searchParams.get('q')).toBe('oudergesprek');
    expect(last?.url.searchParams.getAll('partnership')).toEqual(['FORMAL']);

    await userEvent.click(screen.getByRole('link', { name: 'Dr. Esther Expert' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Dr. Esther Expert' })).toBeInTheDocument();
    expect(screen.getByText('Nog geen gepubliceerde artikelen.')).toBeInTheDocument();
  });
});
