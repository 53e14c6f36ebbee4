import { Link } from 'react-router';
import { z } from '@/lib/zod';
import { RadioGroup } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { showsInForm } from '@/components/form/server-errors';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { FREQUENCIES, useSaveSearch, type SearchToSave } from '../api/saved-searches';
import { searchLabel } from './search-label';
import styles from './follow.module.css';

const schema = z.object({ frequency: z.enum(FREQUENCIES) });

/** "Zoekopdracht bewaren": keeps the search on screen, with how often to hear about new matches. */
export function SaveSearchForm({ search }: { search: SearchToSave }) {
  const { t } = useI18n();
  const save = useSaveSearch();
  const form = usePortalForm(schema, { defaultValues: { frequency: 'WEEKLY' }, serverError: save.error });
  return (
    <section className={styles.panel} aria-labelledby="save-search-title">
      <h2 id="save-search-title" className={styles.panelTitle}>
        {t('follow.save.title')}
      </h2>
      <p>{searchLabel(t, search.q, search.facets)}</p>
      {save.isSuccess ? (
        <p role="status">
          {t('follow.save.saved')} <Link to="/volgen">{t('follow.save.manage')}</Link>
        </p>
      ) : (
        <Form
          form={form}
          onSubmit={({ frequency }) => save.mutate({ search, frequency })}
          busy={save.isPending}
          summaryTitle={t('follow.save.notSaved')}
        >
          {save.error && !showsInForm(save.error) && <ErrorAlert error={save.error} />}
          <RadioGroup
            name="frequency"
            legend={t('follow.frequency.legend')}
            options={FREQUENCIES.map((value) => ({ value, label: t(`follow.frequency.${value}`) }))}
          />
          <FormActions>
            <SubmitButton label={t('follow.save.submit')} busy={save.isPending} busyLabel={t('follow.save.saving')} />
          </FormActions>
        </Form>
      )}
    </section>
  );
}
