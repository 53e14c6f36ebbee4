import { useId } from 'react';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { FACETS, type Facet } from '@/lib/taxonomy';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import type { FacetValue, SearchState } from '../api/search-items';
import styles from './facet-filters.module.css';

interface FacetFiltersProps {
  state: SearchState;
  facets: Partial<Record<Facet, FacetValue[]>> | undefined;
  onToggle: (facet: Facet, value: string) => void;
  onClear: () => void;
}

/**
 * One group of checkboxes per facet, each value with the number of results it would give. What is ticked comes from
 * the URL; the counts from the last answer. Values without results are left out unless they are ticked.
 */
export function FacetFilters({ state, facets, onToggle, onClear }: FacetFiltersProps) {
  const { t } = useI18n();
  const id = useId();
  const anySelected = FACETS.some((facet) => state.facets[facet].length > 0);

  return (
    <div className={styles.filters}>
      {FACETS.map((facet) => {
        const selected = state.facets[facet];
        const known = facets?.[facet] ?? [];
        const values = known.filter((value) => value.count > 0 || selected.includes(value.value));
        // A ticked value the answer does not mention (not known to the backend) still shows, so it can be unticked.
        for (const value of selected) {
          if (!values.some((v) => v.value === value)) values.push({ value, count: 0, selected: true });
        }
        if (values.length === 0) return null;
        return (
          <fieldset key={facet} className={styles.group}>
            <legend className={styles.legend}>{t(`search.facets.${facet}`)}</legend>
            <ul className={styles.values}>
              {values.map((value) => {
                const inputId = `${id}-${facet}-${value.value}`;
                return (
                  <li key={value.value}>
                    <input
                      id={inputId}
                      type="checkbox"
                      className={styles.checkbox}
                      name={facet}
                      value={value.value}
                      checked={selected.includes(value.value)}
                      onChange={() => onToggle(facet, value.value)}
                    />
                    <label htmlFor={inputId} className={styles.label}>
                      {taxonomyLabel(t, facet, value.value)} <span className={styles.count}>({value.count})</span>
                    </label>
                  </li>
                );
              })}
            </ul>
          </fieldset>
        );
      })}
      {anySelected && (
        <button type="button" className="button button-secondary" onClick={onClear}>
          {t('search.clearFilters')}
        </button>
      )}
    </div>
  );
}
