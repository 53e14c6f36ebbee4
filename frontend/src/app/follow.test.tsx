import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { aSearchResponse, anItem } from '@/features/catalogue/testing/catalogue-data';
import { jsonResponse, problemResponse, renderApp, requestsTo, stubBackend } from '@/testing/test-utils';

const member = () => jsonResponse({ subject: 'member', displayName: 'Marieke Jansen', roles: ['MEMBER'] });

describe('following what matters', () => {
  // The first test loads the search page's code: slow in jsdom on a busy machine.
  it('lets a member save the search on screen with how often to hear about it', async () => {
    const fake = stubBackend({
      'GET /api/me': member,
      'GET /api/search': () => jsonResponse(aSearchResponse()),
      'POST /api/saved-searches': () =>
        jsonResponse({ id: 's1', frequency: 'DAILY', label: 'x', createdAt: '2026-01-01T00:00:00Z' }, { status: 201 }),
    });
    renderApp('/zoeken?q=ouderavond&sector=CHILDCARE&region=GELDERLAND');

    const panel = await screen.findByRole('region', { name: 'Zoekopdracht bewaren' });
    expect(panel).toHaveTextContent('“ouderavond” · Opvang, Gelderland');
    await userEvent.click(within(panel).getByRole('radio', { name: 'Dagelijks' }));
    await userEvent.click(within(panel).getByRole('button', { name: 'Zoekopdracht bewaren' }));

    expect(await within(panel).findByRole('status')).toHaveTextContent('Zoekopdracht bewaard.');
    expect(requestsTo(fake, 'POST', '/api/saved-searches')[0]?.body).toEqual({
      q: 'ouderavond',
      type: [],
      partnership: [],
      aspect: [],
      sector: ['CHILDCARE'],
      region: ['GELDERLAND'],
      frequency: 'DAILY',
    });
  });

  it('shows a refused saved search beside the field the server names', async () => {
    stubBackend({
      'GET /api/me': member,
      'GET /api/search': () => jsonResponse(aSearchResponse()),
      'POST /api/saved-searches': () =>
        problemResponse(400, {
          type: '/problems/validation',
          errors: [{ field: 'frequency', code: 'not-an-option', message: 'must be DAILY, WEEKLY or NONE' }],
        }),
    });
    renderApp('/zoeken?q=ouderavond');

    const panel = await screen.findByRole('region', { name: 'Zoekopdracht bewaren' });
    await userEvent.click(within(panel).getByRole('button', { name: 'Zoekopdracht bewaren' }));

    expect(await within(panel).findByRole('alert')).toBeInTheDocument();
  });

  it('offers no saving to a visitor who is not logged in', async () => {
    stubBackend({
      'GET /api/me': () => new Response(null, { status: 204 }),
      'GET /api/search': () => jsonResponse(aSearchResponse()),
    });
    renderApp('/zoeken?q=ouderavond');

    await screen.findByRole('heading', { level: 1, name: 'Zoeken' });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Zoekopdracht bewaren' })).not.toBeInTheDocument());
  });

  it('puts an item into a new collection from its page', async () => {
    const fake = stubBackend({
      'GET /api/me': member,
      'GET /api/items/ouderkamer': () => jsonResponse(anItem({ id: 'item-1', slug: 'ouderkamer', title: 'Ouderkamer' })),
      'GET /api/items/ouderkamer/related': () => jsonResponse({ items: [] }),
      'GET /api/experts/matching': () => jsonResponse({ experts: [] }),
      'GET /api/collections': () => jsonResponse({ collections: [] }),
      'POST /api/collections': () =>
        jsonResponse({ id: 'c1', name: 'Teamvergadering', shareToken: null, items: [], createdAt: '', updatedAt: '' }, { status: 201 }),
      'PUT /api/collections/c1/items/item-1': () =>
        jsonResponse({ id: 'c1', name: 'Teamvergadering', shareToken: null, items: [], createdAt: '', updatedAt: '' }),
    });
    renderApp('/items/ouderkamer');

    const panel = await screen.findByRole('region', { name: 'Bewaren in een collectie' });
    await userEvent.type(await within(panel).findByRole('textbox', { name: 'Naam van de collectie' }), 'Teamvergadering');
    await userEvent.click(within(panel).getByRole('button', { name: 'Toevoegen' }));

    expect(await within(panel).findByText('Toegevoegd aan Teamvergadering.')).toBeInTheDocument();
    expect(requestsTo(fake, 'POST', '/api/collections')[0]?.body).toEqual({ name: 'Teamvergadering' });
    expect(requestsTo(fake, 'PUT', '/api/collections/c1/items/item-1')).toHaveLength(1);
  });

  it('opens a shared collection read-only for anyone with the link', async () => {
    stubBackend({
      'GET /api/me': () => new Response(null, { status: 204 }),
      'GET /api/shared-collections/tok3n': () =>
        jsonResponse({
          name: 'Voor de teamvergadering',
          items: [{ id: 'i1', slug: 'ouderkamer', type: 'TOOL', title: 'Ouderkamer', summary: 'Een plek voor ouders.' }],
        }),
    });
    renderApp('/collecties/tok3n');

    expect(await screen.findByRole('heading', { level: 1, name: 'Voor de teamvergadering' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ouderkamer' })).toHaveAttribute('href', '/items/ouderkamer');
    expect(screen.queryByRole('button', { name: /collectie/i })).toBeNull();
  });
});
