import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { aSearchHit, aSearchResponse, anItem } from '@/features/catalogue/testing/catalogue-data';
import { createTestQueryClient, jsonResponse, renderApp, requestsTo, stubBackend } from '@/testing/test-utils';
import { createQueryClient } from '@/lib/query-client';
import { startEarly } from './early-start';
import { preloadPage } from './router';

let backend: ReturnType<typeof stubBackend>;

beforeEach(() => {
  backend = stubBackend({
    'GET /api/me': () => new Response(null, { status: 204 }),
    'GET /api/model': () => jsonResponse({ sector: null, cells: [] }),
    'GET /api/search': () => jsonResponse(aSearchResponse({ total: 1, items: [aSearchHit({ title: 'Ouderkamer in de wijk' })] })),
    'GET /api/items/ouderkamer': () => jsonResponse(anItem({ slug: 'ouderkamer', title: 'Ouderkamer in de wijk', published: false })),
  });
});

// The app starts a page's data with its code, before the first render; the page then shows what arrived, without a
// second request.
describe('preloadPage', () => {
  it('asks for the search in the URL once, before the search page renders, and the page shows it', async () => {
    const queryClient = createTestQueryClient();

    preloadPage({ pathname: '/zoeken', search: '?q=ouders&sector=VVE' }, queryClient);

    const [search, ...more] = requestsTo(backend, 'GET', '/api/search');
    expect(more).toEqual([]);
    expect(search?.url.searchParams.get('q')).toBe('ouders');
    expect(search?.url.searchParams.getAll('sector')).toEqual(['VVE']);

    renderApp('/zoeken?q=ouders&sector=VVE', { queryClient });

    expect(await screen.findByRole('link', { name: 'Ouderkamer in de wijk' })).toBeInTheDocument();
    expect(requestsTo(backend, 'GET', '/api/search')).toHaveLength(1);
  });

  it('asks for the item once, before the item page renders, and the page shows it', async () => {
    const queryClient = createTestQueryClient();

    preloadPage({ pathname: '/items/ouderkamer', search: '' }, queryClient);

    expect(requestsTo(backend, 'GET', '/api/items/ouderkamer')).toHaveLength(1);

    renderApp('/items/ouderkamer', { queryClient });

    expect(await screen.findByRole('heading', { level: 1, name: 'Ouderkamer in de wijk' })).toBeInTheDocument();
    expect(requestsTo(backend, 'GET', '/api/items/ouderkamer')).toHaveLength(1);
  });

  it('asks only who is there on a page that loads no data of its own', () => {
    preloadPage({ pathname: '/', search: '' }, createTestQueryClient());
    preloadPage({ pathname: '/over', search: '' }, createTestQueryClient());

    expect(backend.mock.calls.map(([url]) => new URL(String(url), 'http://localhost').pathname)).toEqual(['/api/me', '/api/me']);
  });

  // Every page's header shows who is there: answered before the first render, not in a render after the first paint.
  it('takes who is there from what boot.ts asked for early, on any page', async () => {
    startEarly({ pathname: '/over', search: '' });
    expect(requestsTo(backend, 'GET', '/api/me')).toHaveLength(1);

    const queryClient = createQueryClient();
    await preloadPage({ pathname: '/over', search: '' }, queryClient);
    renderApp('/over', { queryClient });

    expect(await screen.findByRole('link', { name: 'Inloggen' })).toBeInTheDocument();
    expect(requestsTo(backend, 'GET', '/api/me')).toHaveLength(1);
  });

  // boot.ts asks before the app's script has arrived; the app then takes that answer instead of asking again.
  it('takes the search that boot.ts asked for early instead of asking again', async () => {
    startEarly({ pathname: '/zoeken', search: '?q=ouders&sector=VVE' });
    expect(requestsTo(backend, 'GET', '/api/search')).toHaveLength(1);

    const queryClient = createQueryClient(); // the app's own: what it fetched before the first render stays fresh
    await preloadPage({ pathname: '/zoeken', search: '?q=ouders&sector=VVE' }, queryClient);
    renderApp('/zoeken?q=ouders&sector=VVE', { queryClient });

    expect(await screen.findByRole('link', { name: 'Ouderkamer in de wijk' })).toBeInTheDocument();
    expect(requestsTo(backend, 'GET', '/api/search')).toHaveLength(1);
  });

  it('takes the item that boot.ts asked for early, once: a later visit asks the server again', async () => {
    startEarly({ pathname: '/items/ouderkamer', search: '' });

    const queryClient = createQueryClient();
    await preloadPage({ pathname: '/items/ouderkamer', search: '' }, queryClient);
    expect(requestsTo(backend, 'GET', '/api/items/ouderkamer')).toHaveLength(1);

    await preloadPage({ pathname: '/items/ouderkamer', search: '' }, createTestQueryClient());
    expect(requestsTo(backend, 'GET', '/api/items/ouderkamer')).toHaveLength(2);
  });

  it('asks early for nothing but who is there on other pages, nor for an address the app cannot open', () => {
    startEarly({ pathname: '/', search: '' });
    startEarly({ pathname: '/bijeenkomsten', search: '' });
    startEarly({ pathname: '/items/%E0%A4%A', search: '' });

    expect(backend.mock.calls.map(([url]) => String(url))).toEqual(['/api/me', '/api/me', '/api/me']);
  });
});
