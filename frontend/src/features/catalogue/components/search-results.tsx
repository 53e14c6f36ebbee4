import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FacetFilters } from '@/components/ui/facet-filters';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { FACETS, isFacet } from '@/lib/taxonomy';
import { useSearch, type SearchResponse, type SearchSort, type SearchState } from '../api/search-items';
import { restart, searchHref, toggleFacetValue, withoutFacet, withSort } from '../search-state';
import { useSearchState } from '../use-search-state';
import { ItemCard } from './item-card';
import { Pagination } from './pagination';
import styles from './search-results.module.css';

/** The results of the search in the URL: filters, order, the results themselves, paging, and help when none. */
export function SearchResults() {
  const { t } = useI18n();
  const id = useId();
  const [state, go] = useSearchState();
  const { data, error, isPending, isFetching, refetch } = useSearch(state);
  // On a phone the filters fold away behind a button, so the results are not a long scroll away.
  const [filtersOpen, setFiltersOpen] = useState(false);
  const activeFilters = FACETS.reduce((count, facet) => count + state.facets[facet].length, 0);

  function summary(result: SearchResponse | undefined): string {
    if (!result) return isPending ? t('search.searching') : '';
    const count = t('search.resultCount', { count: result.total });
    return state.q ? t('search.resultsFor', { results: count, q: state.q }) : count;
  }

  return (
    <div className={styles.layout}>
      <section aria-labelledby={`${id}-filters`} className={styles.filters}>
        <h2 id={`${id}-filters`} className={styles.sideTitle}>
          {t('search.filtersTitle')}
        </h2>
        <button
          type="button"
          className={`button button-secondary ${styles.filtersToggle}`}
          aria-expanded={filtersOpen}
          aria-controls={`${id}-filter-panel`}
          onClick={() => setFiltersOpen((open) => !open)}
        >
          {filtersOpen
            ? t('search.hideFilters')
            : activeFilters > 0
              ? t('search.showFiltersActive', { count: activeFilters })
              : t('search.showFilters')}
        </button>
        <div id={`${id}-filter-panel`} className={filtersOpen ? undefined : styles.folded}>
          <FacetFilters
            facets={FACETS}
            selected={state.facets}
            counts={data?.facets}
            onToggle={(facet, value) => go(toggleFacetValue(state, facet, value))}
            onClear={() => go(restart(state, { facets: { type: [], partnership: [], aspect: [], sector: [], region: [] } }))}
          />
        </div>
      </section>
      <section aria-labelledby={`${id}-results`} className={styles.results} aria-busy={isFetching}>
        <div className={styles.toolbar}>
          <h2 id={`${id}-results`} className={styles.sideTitle}>
            {t('search.resultsTitle')}
          </h2>
          <div className={styles.sort}>
            <label htmlFor={`${id}-sort`}>{t('search.sortLabel')}</label>
            <select
              id={`${id}-sort`}
              className={styles.sortSelect}
              value={state.sort}
              onChange={(event) => go(withSort(state, event.target.value as SearchSort))}
            >
              <option value="relevance">{t('search.sortRelevance')}</option>
              <option value="newest">{t('search.sortNewest')}</option>
            </select>
          </div>
        </div>
        <p role="status" className={styles.summary}>
          {summary(data)}
        </p>
        {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
        {data && data.total === 0 && <NoResults state={state} result={data} />}
        {data && data.items.length > 0 && (
          <>
            {data.relaxed && (
              <p className={styles.relaxed}>
                {data.relaxed.reason === 'SPELLING'
                  ? t('search.relaxedSpelling', { q: state.q, corrected: data.relaxed.text })
                  : t('search.relaxedFewerWords', { q: state.q })}
              </p>
            )}
            <ol className={styles.list}>
              {data.items.map((item) => (
                <li key={item.id}>
                  <ItemCard item={item} />
                </li>
              ))}
            </ol>
            <Pagination state={state} total={data.total} nextCursor={data.nextCursor} />
          </>
        )}
      </section>
    </div>
  );
}

function NoResults({ state, result }: { state: SearchState; result: SearchResponse }) {
  const { t, language } = useI18n();
  const relax = (result.relax ?? []).filter((option) => isFacet(option.facet));
  return (
    <div className={styles.noResults}>
      <p className={styles.noResultsTitle}>{state.q ? t('search.noResultsFor', { q: state.q }) : t('search.noResults')}</p>
      {result.didYouMean && (
        <p>
          {t('search.didYouMean')}{' '}
          <Link to={searchHref(restart(state, { q: result.didYouMean }))}>{result.didYouMean}</Link>?
        </p>
      )}
      {relax.length > 0 && (
        <>
          <p>{t('search.relaxIntro')}</p>
          <ul>
            {relax.map((option) => {
              if (!isFacet(option.facet)) return null;
              const facet = t(`search.facets.${option.facet}`).toLocaleLowerCase(language);
              return (
                <li key={option.facet}>
                  <Link to={searchHref(withoutFacet(state, option.facet))}>
                    {t('search.relax', { facet, count: option.count })}
                  </Link>
                </li>
              );
            })}
          </ul>
        </>
      )}
      <p>{t('search.noResultsTips')}</p>
    </div>
  );
}
