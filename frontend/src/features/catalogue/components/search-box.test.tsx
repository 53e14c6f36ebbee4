import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, renderApp, requestsTo, stubBackend } from '@/testing/test-utils';
import { aModel, aSearchResponse } from '../testing/catalogue-data';

let backend: ReturnType<typeof stubBackend>;

beforeEach(() => {
  backend = stubBackend({
    'GET /api/model': () => jsonResponse(aModel()),
    'GET /api/search': () => jsonResponse(aSearchResponse()),
    'GET /api/items/ouderkamer-in-de-wijk': () => jsonResponse({}, { status: 404, contentType: 'application/problem+json' }),
    'GET /api/search/suggestions': ({ url }) =>
      jsonResponse({
        suggestions: url.searchParams.get('q') === 'ou'
          ? [
              { text: 'Ouderkamer in de wijk', kind: 'item', slug: 'ouderkamer-in-de-wijk', facet: null, value: null },
              { text: 'Ouderavond', kind: 'item', slug: 'ouderavond', facet: null, value: null },
              { text: 'Organisatie', kind: 'term', slug: null, facet: 'aspect', value: 'ORGANISATION' },
            ]
          : [],
      }),
  });
});

function combobox() {
  return screen.getByRole('combobox', { name: 'Waar bent u naar op zoek?' });
}

async function findSuggestions() {
  return within(await screen.findByRole('listbox', { name: 'Suggesties' })).getAllByRole('option');
}

describe('SearchBox', () => {
  it('is an ARIA combobox that shows suggestions as options once two characters are typed', async () => {
    renderApp('/');

    const input = combobox();
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(input).toHaveAttribute('aria-autocomplete', 'list');
    const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '');
    expect(listbox).toHaveAttribute('role', 'listbox');

    await userEvent.type(input, 'ou');

    const options = await findSuggestions();
    expect(options.map((option) => option.textContent)).toEqual([
      'Ouderkamer in de wijk, Item',
      'Ouderavond, Item',
      'Organisatie, Aspect',
    ]);
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByText(/^3 suggesties/)).toHaveAttribute('role', 'status');
    expect(requestsTo(backend, 'GET', '/api/search/suggestions').map((r) => r.url.searchParams.get('q'))).toEqual(['ou']);
  });

  it('asks for suggestions for the text it opens with only once the field is used', async () => {
    renderApp('/zoeken?q=ouders');

    // The field holds the text from the first render on, so suggestions would have been asked for by now.
    expect(await screen.findByText(/resultaat voor “ouders”/)).toBeInTheDocument();
    expect(combobox()).toHaveValue('ouders');
    expect(requestsTo(backend, 'GET', '/api/search/suggestions')).toEqual([]);

    await userEvent.click(combobox());

    await waitFor(() =>
      expect(requestsTo(backend, 'GET', '/api/search/suggestions').map((r) => r.url.searchParams.get('q'))).toEqual(['ouders']),
    );
  });

  it('moves through the options with the arrow keys and opens the chosen item with Enter', async () => {
    const { router } = renderApp('/');
    const input = combobox();
    await userEvent.type(input, 'ou');
    await findSuggestions();

    await userEvent.keyboard('{ArrowDown}{ArrowDown}{ArrowDown}{ArrowUp}');

    const active = within(screen.getByRole('listbox')).getByRole('option', { name: /^Ouderavond/ });
    expect(active).toHaveAttribute('aria-selected', 'true');
    expect(input).toHaveAttribute('aria-activedescendant', active.id);
    expect(input).toHaveFocus();

    await userEvent.keyboard('{ArrowUp}{Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe('/items/ouderkamer-in-de-wijk'));
  });

  it('takes a term to the results filtered by it', async () => {
    const { router } = renderApp('/');
    await userEvent.type(combobox(), 'ou');

    const term = (await findSuggestions()).find((option) => option.textContent === 'Organisatie, Aspect');
    await userEvent.click(term!);

    await waitFor(() => expect(router.state.location.pathname).toBe('/zoeken'));
    expect(router.state.location.search).toBe('?aspect=ORGANISATION');
  });

  it('searches the typed text with Enter when no option is chosen', async () => {
    const { router } = renderApp('/');

    await userEvent.type(combobox(), 'kinderen{Enter}');

    await waitFor(() => expect(router.state.location.pathname).toBe('/zoeken'));
    expect(router.state.location.search).toBe('?q=kinderen');
  });

  it('closes the list with Escape, and clears the field with a second Escape', async () => {
    renderApp('/');
    const input = combobox();
    await userEvent.type(input, 'ou');
    await findSuggestions();

    await userEvent.keyboard('{Escape}');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(input).toHaveValue('ou');

    await userEvent.keyboard('{Escape}');
    expect(input).toHaveValue('');
  });
});
