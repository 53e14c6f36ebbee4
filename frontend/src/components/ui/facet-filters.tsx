import { useId } from 'react';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { Facet } from '@/lib/taxonomy';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import styles from './facet-filters.module.css';

/** A value of a facet with the number of results it would give, as the search APIs answer it. */
export interface FacetCount {
  value: string;
  count: number;
}

interface FacetFiltersProps<F extends Facet> {
  /** The facets to filter on, in this order. */
  facets: readonly F[];
  /** What is ticked (from the URL). */
  selected: Record<F, string[]>;
  /** The counts of the last answer. */
  counts: Partial<Record<F, FacetCount[]>> | undefined;
  onToggle: (facet: F, value: string) => void;
  /** Offers to clear every filter while any is ticked. */
  onClear?: () => void;
}

/**
 * One group of checkboxes per facet, each value with the number of results it would give. Values without results
 * are left out unless they are ticked; a ticked value the answer does not mention (not known to the backend) still
 * shows, so it can be unticked.
 */
export function FacetFilters<F extends Facet>({ facets, selected, counts, onToggle, onClear }: FacetFiltersProps<F>) {
  const { t } = useI18n();
  const id = useId();
  const anySelected = facets.some((facet) => selected[facet].length > 0);

  return (
    <div className={styles.filters}>
      {facets.map((facet) => {
        const ticked = selected[facet];
        const values = (counts?.[facet] ?? []).filter((value) => value.count > 0 || ticked.includes(value.value));
        for (const value of ticked) {
          if (!values.some((v) => v.value === value)) values.push({ value, count: 0 });
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
                      checked={ticked.includes(value.value)}
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
      {onClear && anySelected && (
        <button type="button" className="button button-secondary" onClick={onClear}>
          {t('search.clearFilters')}
        </button>
      )}
    </div>
  );
}
