import { Link } from 'react-router';
import { z } from '@/lib/zod';
import { InputField, SelectField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { showsInForm } from '@/components/form/server-errors';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useAddToCollection, useCollections, useCreateCollection, type Collection } from '../api/collections';
import styles from './follow.module.css';

const NEW = 'new';

const schema = z
  .object({ collection: z.string(), name: z.string() })
  .refine((values) => values.collection !== NEW || values.name.trim().length > 0, {
    path: ['name'],
    message: 'required',
  });

/** On an item's page: puts the item into one of the member's collections, or into a new one. */
export function AddToCollection({ itemId }: { itemId: string }) {
  const { t } = useI18n();
  const { data, error, refetch } = useCollections();
  const add = useAddToCollection();
  const create = useCreateCollection();
  const collections = data?.collections ?? [];
  const form = usePortalForm(schema, {
    defaultValues: { collection: collections[0]?.id ?? NEW, name: '' },
    serverError: create.error ?? add.error,
  });
  const chosen = form.watch('collection');
  const busy = add.isPending || create.isPending;

  function submit({ collection, name }: { collection: string; name: string }) {
    const addTo = (target: Pick<Collection, 'id'>) => add.mutate({ id: target.id, itemId });
    if (collection === NEW) create.mutate({ name: name.trim() }, { onSuccess: addTo });
    else addTo({ id: collection });
  }

  if (error) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return (
    <section className={styles.panel} aria-labelledby="add-to-collection-title">
      <h2 id="add-to-collection-title" className={styles.panelTitle}>
        {t('follow.add.title')}
      </h2>
      <Form form={form} onSubmit={submit} busy={busy} summaryTitle={t('follow.add.notAdded')}>
        {add.error && !showsInForm(add.error) && <ErrorAlert error={add.error} />}
        <SelectField
          name="collection"
          label={t('follow.add.collection')}
          options={[
            ...collections.map((collection) => ({ value: collection.id, label: collection.name })),
            { value: NEW, label: t('follow.add.new') },
          ]}
        />
        {chosen === NEW && <InputField name="name" label={t('follow.collections.name')} />}
        <FormActions>
          <SubmitButton label={t('follow.add.submit')} busy={busy} />
        </FormActions>
        <p role="status">
          {add.isSuccess && add.data && (
            <>
              {t('follow.add.added', { name: add.data.name })}{' '}
              <Link to={`/volgen/collecties/${encodeURIComponent(add.data.id)}`}>{t('follow.add.view')}</Link>
            </>
          )}
        </p>
      </Form>
    </section>
  );
}
