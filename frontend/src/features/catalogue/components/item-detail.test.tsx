import { screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, type Mock } from 'vitest';
import { jsonResponse, problemResponse, renderApp, requestsTo, stubBackend } from '@/testing/test-utils';
import { aSearchHit, anItem } from '../testing/catalogue-data';

let backend: Mock<typeof fetch>;

beforeEach(() => {
  backend = stubBackend({
    'GET /api/me': () => problemResponse(401),
    'GET /api/items/ouderkamer-in-de-wijk': () =>
      jsonResponse(
        anItem({
          demo: true,
          partnerships: ['INFORMAL', 'PEDAGOGIC'],
          bodyHtml:
            '<h1>Aanpak</h1><p>Ouders <strong>ontmoeten</strong> elkaar.</p><script>window.hacked=1</script>' +
            '<p><a href="javascript:alert(1)">klik</a></p>',
        }),
      ),
    'GET /api/items/ouderkamer-in-de-wijk/related': () =>
      jsonResponse({
        items: [aSearchHit({ id: 'r1', slug: 'koffieochtend', title: 'Koffieochtend voor ouders', summary: 'Elke vrijdag koffie.' })],
      }),
    'GET /api/items/weg': () => problemResponse(404, { title: 'Item not found' }),
    'GET /api/items/concept': () => jsonResponse(anItem({ slug: 'concept', title: 'Concept', published: false })),
  });
});

describe('the item page', () => {
  it('shows the item with its tags, facts, body, links and related items', async () => {
    renderApp('/items/ouderkamer-in-de-wijk');

    expect(await screen.findByRole('heading', { level: 1, name: 'Ouderkamer in de wijk' })).toBeInTheDocument();
    expect(document.title).toBe('Ouderkamer in de wijk | Kennisportaal Ouderbetrokkenheid');
    expect(screen.getByText('Praktijkvoorbeeld')).toHaveTextContent('Demo');
    expect(screen.getByText('Een vaste plek in school waar ouders elkaar ontmoeten.')).toBeInTheDocument();

    const facts = screen.getByText('Auteur').closest('dl') as HTMLElement;
    expect(within(facts).getByRole('link', { name: 'Pedagogisch partnerschap' })).toHaveAttribute(
      'href',
      '/zoeken?partnership=PEDAGOGIC',
    );
    expect(facts).toHaveTextContent('RegioUtrecht');
    expect(facts).toHaveTextContent('AuteurFatima el Amrani');
    expect(facts).toHaveTextContent('Gepubliceerd14 maart 2025');
    expect(facts).toHaveTextContent('LicentieCC BY 4.0');

    // The body follows once the first screen is painted. Its own h1 moves below the page title; script and
    // javascript: links never get through.
    expect(await screen.findByRole('heading', { level: 2, name: 'Aanpak' })).toBeInTheDocument();
    expect(screen.getByText('ontmoeten').tagName).toBe('STRONG');
    expect(document.querySelector('main script')).toBeNull();
    expect(screen.getByText('klik')).not.toHaveAttribute('href');

    expect(screen.getByRole('link', { name: 'Handreiking ouderkamer' })).toHaveAttribute('href', 'https://example.org/handreiking');
    const related = await screen.findByRole('region', { name: 'Gerelateerde items' });
    expect(within(related).getByRole('link', { name: 'Koffieochtend voor ouders' })).toHaveAttribute('href', '/items/koffieochtend');
  });

  it('marks an unpublished item, as editors see it, and looks for no related items', async () => {
    renderApp('/items/concept');

    expect(await screen.findByRole('heading', { level: 1, name: 'Concept' })).toBeInTheDocument();
    expect(screen.getByText('Niet gepubliceerd')).toBeInTheDocument();
    // Once the parts below the first screen are there, related items would have been asked for.
    expect(await screen.findByRole('heading', { level: 2, name: 'Aanpak' })).toBeInTheDocument();
    expect(requestsTo(backend, 'GET', '/api/items/concept/related')).toEqual([]);
  });

  it('says so when the item does not exist', async () => {
    renderApp('/items/weg');

    expect(await screen.findByRole('heading', { level: 1, name: 'Item niet gevonden' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Naar zoeken' })).toHaveAttribute('href', '/zoeken');
  });
});
