import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { jsonResponse, renderApp, requestsTo, stubBackend } from '@/testing/test-utils';
import type { SearchResponse } from '../api/search-items';
import { aSearchHit, aSearchResponse } from '../testing/catalogue-data';

let backend: ReturnType<typeof stubBackend>;
let answer: (url: URL) => SearchResponse;

const FACETS: SearchResponse['facets'] = {
  type: [{ value: 'PRACTICE_EXAMPLE', count: 3, selected: false }, { value: 'TOOL', count: 0, selected: false }],
  partnership: [{ value: 'INFORMAL', count: 3, selected: false }],
  aspect: [],
  sector: [
    { value: 'EDUCATION', count: 2, selected: false },
    { value: 'CARE', count: 1, selected: false },
    { value: 'SPORT', count: 0, selected: false },
  ],
  region: [{ value: 'NATIONAL', count: 1, selected: false }],
};

beforeEach(() => {
  answer = () =>
    aSearchResponse({
      total: 3,
      facets: FACETS,
      items: [
        aSearchHit({
          highlights: {
            title: 'Ouderkamer voor <mark>kinderen</mark> &lt;script&gt;',
            body: ['…waar <mark>kinderen</mark> spelen<img src=x onerror=alert(1)>…'],
          },
        }),
        aSearchHit({ id: 'item-2', slug: 'tweede', title: 'Tweede item', demo: true }),
      ],
    });
  backend = stubBackend({ 'GET /api/search': ({ url }) => jsonResponse(answer(url)) });
});

function lastSearch(): URLSearchParams {
  return requestsTo(backend, 'GET', '/api/search').at(-1)!.url.searchParams;
}

describe('the results page', () => {
  it('searches what the URL says and shows results with safe highlights, facets with counts and a demo badge', async () => {
    renderApp('/zoeken?q=kinderen&sector=EDUCATION');

    expect(await screen.findByText('3 resultaten voor “kinderen”')).toHaveAttribute('role', 'status');
    const query = lastSearch();
    expect(query.get('q')).toBe('kinderen');
    expect(query.getAll('sector')).toEqual(['EDUCATION']);
    expect(query.get('page')).toBe('0');

    const title = screen.getByRole('heading', { level: 3, name: 'Ouderkamer voor kinderen <script>' });
    expect(within(title).getByText('kinderen').tagName).toBe('MARK');
    expect(document.querySelector('main img, main script')).toBeNull();
    expect(screen.getByRole('link', { name: 'Tweede item' }).closest('article')).toHaveTextContent('Demo');

    const sectors = screen.getByRole('group', { name: 'Sector' });
    expect(within(sectors).getAllByRole('checkbox').map((box) => box.parentElement?.textContent)).toEqual([
      'Onderwijs (2)',
      'Zorg (1)',
    ]);
    expect(within(sectors).getByRole('checkbox', { name: /Onderwijs/ })).toBeChecked();
    expect(within(screen.getByRole('group', { name: 'Soort' })).getAllByRole('checkbox')).toHaveLength(1);
  });

  it('keeps a ticked facet in the URL, and Back restores the search before it', async () => {
    const { router } = renderApp('/zoeken?q=kinderen');
    await screen.findByText('3 resultaten voor “kinderen”');

    await userEvent.click(screen.getByRole('checkbox', { name: /Zorg/ }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=kinderen&sector=CARE'));
    await waitFor(() => expect(lastSearch().getAll('sector')).toEqual(['CARE']));
    expect(screen.getByRole('checkbox', { name: /Zorg/ })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /Zorg/ })).toHaveFocus();

    await act(() => router.navigate(-1));

    expect(router.state.location.search).toBe('?q=kinderen');
    expect(screen.getByRole('checkbox', { name: /Zorg/ })).not.toBeChecked();
  });

  it('sorts by date from the first page', async () => {
    const { router } = renderApp('/zoeken?q=ouders&page=2');
    await screen.findByText(/resultaten voor/);

    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Sorteren op' }), 'newest');

    await waitFor(() => expect(router.state.location.search).toBe('?q=ouders&sort=newest'));
    await waitFor(() => expect(lastSearch().get('sort')).toBe('newest'));
  });

  it('numbers the first pages and continues with the cursor beyond them', async () => {
    answer = (url) =>
      aSearchResponse({ total: 500, items: [aSearchHit({ id: `p${url.searchParams.get('page')}` })], nextCursor: 'next-1' });
    const { router } = renderApp('/zoeken?q=ouders&page=10');

    const pages = await screen.findByRole('navigation', { name: 'Paginering' });
    expect(within(pages).getByRole('link', { name: 'Pagina 10' })).toHaveAttribute('aria-current', 'page');
    expect(within(pages).getByRole('link', { name: 'Pagina 1' })).toHaveAttribute('href', '/zoeken?q=ouders');
    expect(within(pages).queryByRole('link', { name: 'Pagina 11' })).not.toBeInTheDocument();
    expect(lastSearch().get('page')).toBe('9');

    await userEvent.click(within(pages).getByRole('link', { name: 'Meer resultaten' }));

    await waitFor(() => expect(router.state.location.search).toBe('?q=ouders&page=11&cursor=next-1'));
    await waitFor(() => expect(lastSearch().get('cursor')).toBe('next-1'));
    expect(lastSearch().has('page')).toBe(false);
    expect(await screen.findByText('Pagina 11', { selector: '[aria-current]' })).toBeInTheDocument();
  });

  it('offers a better spelling and searches without a filter when nothing was found', async () => {
    answer = () =>
      aSearchResponse({
        total: 0,
        items: [],
        facets: FACETS,
        didYouMean: 'ouderbetrokkenheid',
        relax: [{ facet: 'sector', count: 7 }],
      });
    renderApp('/zoeken?q=ouderbetrokenheid&sector=SPORT');

    expect(await screen.findByText('Geen resultaten voor “ouderbetrokenheid”.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'ouderbetrokkenheid' })).toHaveAttribute(
      'href',
      '/zoeken?q=ouderbetrokkenheid&sector=SPORT',
    );
    expect(screen.getByRole('link', { name: 'Zonder filter sector: 7 resultaten' })).toHaveAttribute(
      'href',
      '/zoeken?q=ouderbetrokenheid',
    );
  });

  it('says when the results are for fewer of the words or for the corrected spelling', async () => {
    answer = () => aSearchResponse({ total: 1, relaxed: { reason: 'FEWER_WORDS', text: 'weinig ouders op de ouderavond' } });
    renderApp('/zoeken?q=weinig%20ouders%20op%20de%20ouderavond');

    expect(
      await screen.findByText(
        'Geen resultaten met al uw zoekwoorden uit “weinig ouders op de ouderavond”; hieronder resultaten met een deel ervan.',
      ),
    ).toBeInTheDocument();

    answer = () => aSearchResponse({ total: 1, relaxed: { reason: 'SPELLING', text: 'ouderavond' } });
    renderApp('/zoeken?q=ouderavnod', { language: 'en' });

    expect(await screen.findByText('No results for “ouderavnod”; below are results for “ouderavond”.')).toBeInTheDocument();
  });

  it('offers a button that unfolds the filters, for narrow screens where they are folded away', async () => {
    renderApp('/zoeken?q=kinderen&sector=CARE');
    const toggle = await screen.findByRole('button', { name: 'Filters tonen (1 actief)' });
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '');
    expect(panel).toContainElement(screen.getByRole('group', { name: 'Sector' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');

    await userEvent.click(toggle);

    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(toggle).toHaveAccessibleName('Filters verbergen');
  });

  it('reads in English too', async () => {
    renderApp('/zoeken?q=kinderen', { language: 'en' });

    expect(await screen.findByText('3 results for “kinderen”')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Sector' })).toHaveTextContent('Education (2)');
    expect(screen.getByRole('combobox', { name: 'Sort by' })).toHaveValue('relevance');
  });
});
