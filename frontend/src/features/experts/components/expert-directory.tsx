import formStyles from '@/components/form/form.module.css';
import { useId, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { FacetFilters } from '@/components/ui/facet-filters';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useExperts, type ExpertQuery } from '../api/get-experts';
import type { ExpertFacet } from '../api/types';
import { ExpertCards } from './expert-card';
import styles from './experts.module.css';

const FACETS: ExpertFacet[] = ['partnership', 'aspect', 'sector', 'region'];

function queryOf(params: URLSearchParams): ExpertQuery {
  const facets = Object.fromEntries(FACETS.map((facet) => [facet, params.getAll(facet)])) as Record<ExpertFacet, string[]>;
  return { q: params.get('q') ?? '', facets };
}

/** The experts directory: text search and the catalogue's facets, kept in the URL. */
export function ExpertDirectory() {
  const { t } = useI18n();
  const id = useId();
  const [params, setParams] = useSearchParams();
  const query = queryOf(params);
  const [text, setText] = useState(query.q);
  const { data, error, isPending, refetch } = useExperts(query);

  function search(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = new URLSearchParams(params);
    if (text.trim()) next.set('q', text.trim());
    else next.delete('q');
    setParams(next);
  }

  function toggle(facet: ExpertFacet, value: string) {
    const next = new URLSearchParams(params);
    const values = next.getAll(facet);
    next.delete(facet);
    (values.includes(value) ? values.filter((v) => v !== value) : [...values, value]).forEach((v) => next.append(facet, v));
    // Synchronous, as in the catalogue's filters: a ticked box shows (and is announced as) ticked at once, not after
    // the navigation settles (browser tests saw it still unticked right after the click).
    setParams(next, { flushSync: true });
  }

  return (
    <div className="stack">
      <form role="search" className={styles.search} onSubmit={search}>
        <div>
          <label htmlFor={`${id}-q`} className={formStyles.label}>
            {t('experts.search')}
          </label>
          <input id={`${id}-q`} type="search" className={formStyles.input} value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <button type="submit" className="button">
          {t('experts.searchButton')}
        </button>
      </form>
      <div className={styles.layout}>
        <section aria-labelledby={`${id}-filters`}>
          <h2 id={`${id}-filters`} className="visually-hidden">
            {t('experts.filters')}
          </h2>
          <FacetFilters facets={FACETS} selected={query.facets} counts={data?.facets} onToggle={toggle} />
        </section>
        <section aria-labelledby={`${id}-results`} aria-busy={isPending}>
          <h2 id={`${id}-results`} aria-live="polite">
            {data ? t('experts.count', { count: data.total }) : t('experts.loading')}
          </h2>
          {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
          {data && data.experts.length === 0 && <p>{t('experts.none')}</p>}
          {data && data.experts.length > 0 && <ExpertCards experts={data.experts} />}
        </section>
      </div>
    </div>
  );
}
