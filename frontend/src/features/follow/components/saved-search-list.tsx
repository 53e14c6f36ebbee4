import { Link } from 'react-router';
import { z } from '@/lib/zod';
import { SelectField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { QuerySection } from '@/components/ui/query-section';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { FACETS } from '@/lib/taxonomy';
import {
  FREQUENCIES,
  useChangeFrequency,
  useDeleteSavedSearch,
  useSavedSearches,
  type SavedSearch,
} from '../api/saved-searches';
import { searchLabel } from './search-label';
import styles from './follow.module.css';

/** The member's saved searches: each with its frequency to change, a link to its results, and deletion. */
export function SavedSearchList() {
  const { t } = useI18n();
  const query = useSavedSearches();
  const data = query.data;
  return (
    <QuerySection title="follow.searches.title" intro="follow.searches.intro" loading="follow.loading" query={query}>
      {data && data.searches.length === 0 && (
        <p>
          {t('follow.searches.none')} <Link to="/zoeken">{t('follow.searches.toSearch')}</Link>
        </p>
      )}
      {data && data.searches.length > 0 && (
        <ul className={styles.list}>
          {data.searches.map((search) => (
            <SavedSearchRow key={search.id} search={search} />
          ))}
        </ul>
      )}
    </QuerySection>
  );
}

const schema = z.object({ frequency: z.enum(FREQUENCIES) });

function SavedSearchRow({ search }: { search: SavedSearch }) {
  const { t } = useI18n();
  const change = useChangeFrequency();
  const remove = useDeleteSavedSearch();
  const form = usePortalForm(schema, { defaultValues: { frequency: search.frequency }, serverError: change.error });
  const label = searchLabel(t, search.q, search);
  const params = new URLSearchParams();
  if (search.q) params.set('q', search.q);
  for (const facet of FACETS) for (const code of search[facet]) params.append(facet, code);
  return (
    <li className={styles.row}>
      <p className={styles.rowTitle}>
        <Link to={`/zoeken?${params.toString()}`}>{label}</Link>
      </p>
      <Form
        form={form}
        onSubmit={({ frequency }) => change.mutate({ id: search.id, frequency })}
        busy={change.isPending}
        summaryTitle={t('follow.searches.notChanged')}
        className={styles.inlineForm}
      >
        <SelectField
          name="frequency"
          label={t('follow.frequency.legendFor', { search: label })}
          options={FREQUENCIES.map((value) => ({ value, label: t(`follow.frequency.${value}`) }))}
        />
        <FormActions>
          <SubmitButton label={t('follow.searches.change')} busy={change.isPending} />
          <button
            type="button"
            className="button button-secondary"
            aria-label={t('follow.searches.deleteFor', { search: label })}
            onClick={() => remove.mutate(search.id)}
          >
            {t('follow.searches.delete')}
          </button>
        </FormActions>
      </Form>
      <p role="status">{change.isSuccess ? t('follow.searches.changed') : ''}</p>
      {remove.error && <ErrorAlert error={remove.error} />}
    </li>
  );
}
