import { Link } from 'react-router';
import { z } from '@/lib/zod';
import { InputField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { showsInForm } from '@/components/form/server-errors';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { QuerySection } from '@/components/ui/query-section';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useCollections, useCreateCollection } from '../api/collections';
import styles from './follow.module.css';

/** The member's collections, newest change first, and a form to start one. */
export function CollectionList() {
  const { t } = useI18n();
  const query = useCollections();
  const data = query.data;
  return (
    <QuerySection
      title="follow.collections.title"
      intro="follow.collections.intro"
      loading="follow.loading"
      query={query}
    >
      {data && data.collections.length === 0 && <p>{t('follow.collections.none')}</p>}
      {data && data.collections.length > 0 && (
        <ul className={styles.list}>
          {data.collections.map((collection) => (
            <li key={collection.id} className={styles.row}>
              <Link to={`/volgen/collecties/${encodeURIComponent(collection.id)}`}>{collection.name}</Link>{' '}
              <span className={styles.meta}>
                {t('follow.collections.count', { count: collection.itemCount })}
                {collection.shareToken ? ` · ${t('follow.collections.shared')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
      <NewCollectionForm />
    </QuerySection>
  );
}

export const collectionNameSchema = z.object({ name: z.string().trim().min(1).max(100) });

function NewCollectionForm() {
  const { t } = useI18n();
  const create = useCreateCollection();
  const form = usePortalForm(collectionNameSchema, { defaultValues: { name: '' }, serverError: create.error });
  return (
    <Form
      form={form}
      onSubmit={(values) => create.mutate(values, { onSuccess: () => form.reset({ name: '' }) })}
      busy={create.isPending}
      summaryTitle={t('follow.collections.notCreated')}
    >
      {create.error && !showsInForm(create.error) && <ErrorAlert error={create.error} />}
      <InputField name="name" label={t('follow.collections.name')} hint={t('follow.collections.nameHint')} />
      <FormActions>
        <SubmitButton label={t('follow.collections.create')} busy={create.isPending} />
      </FormActions>
    </Form>
  );
}
