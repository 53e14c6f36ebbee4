import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { expectSharedErrorPresentation } from '@/testing/form-assertions';
import { jsonResponse, problemResponse, renderApp, requestsTo, stubBackend } from '@/testing/test-utils';
import { aMe } from '../testing/editor-data';

let backend: ReturnType<typeof stubBackend>;

beforeEach(() => {
  backend = stubBackend({
    'GET /api/me': () => jsonResponse(aMe()),
    'GET /api/search/misses': () =>
      jsonResponse({
        misses: [
          { query: 'schoolreisje', count: 12, lastSeen: '2025-05-02T08:30:00.000Z' },
          { query: 'gmr', count: 3, lastSeen: '2025-05-01T19:00:00.000Z' },
        ],
      }),
    'GET /api/search/synonyms': () => jsonResponse({ groups: ['MR, medezeggenschapsraad', 'wijk, buurt'] }),
    'PUT /api/search/synonyms': ({ body }) => jsonResponse(body),
  });
});

describe('the search words page', () => {
  it('lists what people searched for without finding it, each a link to that search', async () => {
    renderApp('/redactie/zoekwoorden');

    const table = await screen.findByRole('table', { name: /Zoekopdrachten zonder resultaat/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => within(row).getAllByRole('cell')[0]?.textContent)).toEqual(['12', '3']);
    expect(within(rows[0]!).getByRole('link', { name: 'schoolreisje' })).toHaveAttribute('href', '/zoeken?q=schoolreisje');
    expect(rows[0]).toHaveTextContent('2 mei 2025 om 10:30');
  });

  it('edits the synonyms one group per line and saves them', async () => {
    renderApp('/redactie/zoekwoorden');

    const groups = await screen.findByRole('textbox', { name: 'Synoniemgroepen, één groep per regel' });
    expect(groups).toHaveValue('MR, medezeggenschapsraad\nwijk, buurt');

    await userEvent.type(groups, '\n\nGMR, gemeenschappelijke medezeggenschapsraad  ');
    await userEvent.click(screen.getByRole('button', { name: 'Synoniemen opslaan' }));

    expect(await screen.findByText('Opgeslagen: 3 groepen, direct in gebruik.')).toBeInTheDocument();
    expect(requestsTo(backend, 'PUT', '/api/search/synonyms')[0]?.body).toEqual({
      groups: ['MR, medezeggenschapsraad', 'wijk, buurt', 'GMR, gemeenschappelijke medezeggenschapsraad'],
    });
  });

  it('shows a refused group the way every form does', async () => {
    stubBackend({
      'GET /api/me': () => jsonResponse(aMe()),
      'GET /api/search/misses': () => jsonResponse({ misses: [] }),
      'GET /api/search/synonyms': () => jsonResponse({ groups: ['MR, medezeggenschapsraad'] }),
      'PUT /api/search/synonyms': () =>
        problemResponse(400, { type: '/problems/validation', errors: [{ field: 'groups[0]', code: 'too-few', min: 2, message: 'two words at least' }] }),
    });
    renderApp('/redactie/zoekwoorden');

    const groups = await screen.findByRole('textbox', { name: 'Synoniemgroepen, één groep per regel' });
    await userEvent.click(screen.getByRole('button', { name: 'Synoniemen opslaan' }));

    await expectSharedErrorPresentation({
      summaryTitle: /De synoniemen zijn niet opgeslagen/,
      label: 'Synoniemgroepen, één groep per regel',
      message: 'Kies of geef er minstens 2.',
      control: groups,
    });
  });
});
