import { Link, useNavigate } from 'react-router';
import { InputField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { showsInForm } from '@/components/form/server-errors';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import {
  sharedCollectionPath,
  useCollection,
  useDeleteCollection,
  useRemoveFromCollection,
  useRenameCollection,
  useShareCollection,
  type Collection,
} from '../api/collections';
import { CollectionItems } from './collection-items';
import { collectionNameSchema } from './collection-list';
import styles from './follow.module.css';

/** One of the member's collections: its items, renaming, sharing by a link, and deletion. */
export function CollectionPage({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useCollection(id);
  useDocumentTitle(data?.name ?? t('follow.collections.title'));
  if (isPending) return <p role="status">{t('follow.loading')}</p>;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return <LoadedCollection collection={data} />;
}

function LoadedCollection({ collection }: { collection: Collection }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const remove = useRemoveFromCollection();
  const share = useShareCollection();
  const deletion = useDeleteCollection();
  const link = collection.shareToken ? `${window.location.origin}${sharedCollectionPath(collection.shareToken)}` : null;
  return (
    <div className="stack">
      <h1>{collection.name}</h1>
      <p>
        <Link to="/volgen">{t('follow.back')}</Link>
      </p>
      <CollectionItems
        items={collection.items}
        action={(item) => (
          <button
            type="button"
            className="button button-secondary"
            aria-label={t('follow.collection.removeItem', { title: item.title })}
            onClick={() => remove.mutate({ id: collection.id, itemId: item.id })}
          >
            {t('follow.collection.remove')}
          </button>
        )}
      />
      {remove.error && <ErrorAlert error={remove.error} />}

      <section aria-labelledby="share-title" className={styles.panel}>
        <h2 id="share-title" className={styles.panelTitle}>
          {t('follow.collection.shareTitle')}
        </h2>
        {link ? (
          <>
            <p>{t('follow.collection.sharedIntro')}</p>
            <p>
              <label htmlFor="share-link">{t('follow.collection.link')}</label>{' '}
              <input id="share-link" className={styles.link} readOnly value={link} onFocus={(event) => event.target.select()} />
            </p>
            <p>
              <a href={sharedCollectionPath(collection.shareToken ?? '')}>{t('follow.collection.open')}</a>
            </p>
            <button type="button" className="button button-secondary" onClick={() => share.mutate({ id: collection.id, shared: false })}>
              {t('follow.collection.unshare')}
            </button>
          </>
        ) : (
          <>
            <p>{t('follow.collection.shareIntro')}</p>
            <button type="button" className="button" onClick={() => share.mutate({ id: collection.id, shared: true })}>
              {t('follow.collection.share')}
            </button>
          </>
        )}
        {share.error && <ErrorAlert error={share.error} />}
      </section>

      <RenameForm collection={collection} />

      <p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => deletion.mutate(collection.id, { onSuccess: () => void navigate('/volgen') })}
        >
          {t('follow.collection.delete')}
        </button>
      </p>
      {deletion.error && <ErrorAlert error={deletion.error} />}
    </div>
  );
}

function RenameForm({ collection }: { collection: Collection }) {
  const { t } = useI18n();
  const rename = useRenameCollection();
  const form = usePortalForm(collectionNameSchema, { defaultValues: { name: collection.name }, serverError: rename.error });
  return (
    <Form
      form={form}
      onSubmit={({ name }) => rename.mutate({ id: collection.id, name })}
      busy={rename.isPending}
      summaryTitle={t('follow.collection.notRenamed')}
    >
      {rename.error && !showsInForm(rename.error) && <ErrorAlert error={rename.error} />}
      <InputField name="name" label={t('follow.collection.newName')} />
      <FormActions>
        <SubmitButton label={t('follow.collection.rename')} busy={rename.isPending} />
      </FormActions>
      <p role="status">{rename.isSuccess ? t('follow.collection.renamed') : ''}</p>
    </Form>
  );
}
