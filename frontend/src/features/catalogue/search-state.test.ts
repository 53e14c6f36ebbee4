import { describe, expect, it } from 'vitest';
import { searchQuery } from './api/requests';
import { readSearchState, restart, searchHref, toggleFacetValue, toSearchParams, withoutFacet } from './search-state';

describe('search state in the URL', () => {
  it('reads text, repeated facet parameters, order and page', () => {
    const state = readSearchState(
      new URLSearchParams('q=kinderen&sector=EDUCATION&sector=CARE&aspect=ICT&sort=newest&page=3'),
    );

    expect(state).toEqual({
      q: 'kinderen',
      facets: { type: [], partnership: [], aspect: ['ICT'], sector: ['EDUCATION', 'CARE'], region: [] },
      sort: 'newest',
      page: 3,
    });
  });

  it('falls back to the defaults for missing or malformed values', () => {
    const state = readSearchState(new URLSearchParams('sort=oldest&page=-2&sector=&sector=CARE&sector=CARE'));

    expect(state.sort).toBe('relevance');
    expect(state.page).toBe(1);
    expect(state.facets.sector).toEqual(['CARE']);
    expect(state.q).toBe('');
  });

  it('writes a stable URL without defaults, and reads back what it wrote', () => {
    const state = readSearchState(new URLSearchParams('page=2&sector=CARE&q=ouders&partnership=INFORMAL'));

    expect(toSearchParams(state).toString()).toBe('q=ouders&partnership=INFORMAL&sector=CARE&page=2');
    expect(readSearchState(toSearchParams(state))).toEqual(state);
    expect(searchHref({})).toBe('/zoeken');
  });

  it('starts from the first page when a filter changes, and forgets the cursor', () => {
    const state = readSearchState(new URLSearchParams('q=ouders&page=12&cursor=abc&sector=CARE'));

    const ticked = toggleFacetValue(state, 'sector', 'EDUCATION');
    expect(ticked.facets.sector).toEqual(['CARE', 'EDUCATION']);
    expect(ticked.page).toBe(1);
    expect(ticked.cursor).toBeUndefined();

    expect(toggleFacetValue(ticked, 'sector', 'CARE').facets.sector).toEqual(['EDUCATION']);
    expect(withoutFacet(ticked, 'sector').facets.sector).toEqual([]);
    expect(restart(state, { q: 'ouderavond' })).toMatchObject({ q: 'ouderavond', page: 1 });
  });

  it('asks the API for 0-based pages, or for the cursor instead', () => {
    expect(searchQuery(readSearchState(new URLSearchParams('q=x&page=2')))).toMatchObject({ q: 'x', page: 1, size: 20 });
    const deep = searchQuery(readSearchState(new URLSearchParams('page=11&cursor=abc')));
    expect(deep).toMatchObject({ cursor: 'abc' });
    expect(deep).not.toHaveProperty('page');
  });
});
