import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, renderApp, requestsTo, stubBackend } from '@/testing/test-utils';
import { aModel, aSearchResponse } from '../testing/catalogue-data';
import { DUTCH_ASPECTS, DUTCH_PARTNERSHIPS } from '@/testing/model-labels';

let backend: ReturnType<typeof stubBackend>;

beforeEach(() => {
  backend = stubBackend({
    'GET /api/model': ({ url }) => {
      const sector = url.searchParams.get('sector');
      return jsonResponse(aModel(sector, (index) => (sector ? 0 : index)));
    },
    'GET /api/search': () => jsonResponse(aSearchResponse()),
  });
});

async function findModelTable() {
  return screen.findByRole('table', { name: /Vijf partnerschappen en zes aspecten/ });
}

describe('ModelNavigator', () => {
  it('shows the 5x6 model as a table with partnership columns, aspect rows, questions and counts', async () => {
    renderApp('/');

    const table = await findModelTable();
    expect(within(table).getAllByRole('columnheader').map((header) => header.textContent)).toEqual(DUTCH_PARTNERSHIPS);
    expect(within(table).getAllByRole('rowheader').map((header) => header.textContent)).toEqual(DUTCH_ASPECTS);
    expect(within(table).getAllByRole('link')).toHaveLength(30);
    // Row ICT (6th), column Informeel: the factory counts cells row by row, SOCIETAL first, so this is cell 26.
    const cell = within(table).getByRole('link', { name: /Vraag INFORMAL ICT\?/ });
    expect(cell).toHaveTextContent('26 items');
    expect(cell).toHaveAttribute('href', '/zoeken?partnership=INFORMAL&aspect=ICT');
    expect(within(table).getByRole('link', { name: /Vraag SOCIETAL COMMUNICATION\?/ })).toHaveTextContent('Nog geen items');
    expect(within(cell).getByText('Vraag INFORMAL ICT?')).toHaveAttribute('lang', 'nl');
  });

  it('counts for one sector and links to results within it', async () => {
    renderApp('/');
    await findModelTable();

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sector' }), 'CARE');

    await screen.findByRole('table', { name: /in de sector Zorg/ });
    expect(requestsTo(backend, 'GET', '/api/model').map((request) => request.url.search)).toEqual(['', '?sector=CARE']);
    const cell = screen.getByRole('link', { name: /Vraag FORMAL CULTURE\?/ });
    await waitFor(() => expect(cell).toHaveTextContent('Nog geen items'));
    expect(cell).toHaveAttribute('href', '/zoeken?partnership=FORMAL&aspect=CULTURE&sector=CARE');
  });

  it('opens the results of a cell in one click', async () => {
    const { router } = renderApp('/');
    const table = await findModelTable();

    await userEvent.click(within(table).getByRole('link', { name: /Vraag DIDACTIC MATERIALS\?/ }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/zoeken'));
    expect(router.state.location.search).toBe('?partnership=DIDACTIC&aspect=MATERIALS');
    expect(await screen.findByRole('checkbox', { name: /Didactisch partnerschap/ })).toBeChecked();
  });
});
