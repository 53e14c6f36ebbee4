import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useLocation, useNavigate } from 'react-router';
import { AttachmentsField } from '@/components/form/attachments-field';
import { fieldErrorsOf, isStaleVersion } from '@/components/form/server-errors';
import { StaleVersionAlert } from '@/components/form/stale-version-alert';
import { useFreshForm } from '@/components/form/use-fresh-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PageError } from '@/components/ui/page-states';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useEditableItem } from '../api/get-editable-item';
import { refreshAfterWrite, useDeleteItem, useSetPublished, useUpdateItem } from '../api/save-item';
import type { EditableItem, VersionedItem } from '../api/types';
import { ItemForm } from './item-form';
import { itemValues } from './item-schema';
import styles from './editor.module.css';

/** What the editor page was opened for: state passed along by the create screen. */
export interface EditorLocationState {
  created?: boolean;
}

/** Loads an item for editing and keeps the version it was loaded at, so a save never overwrites someone else's. */
export function ItemEditor({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useEditableItem(id);
  const fresh = useFreshForm(data?.etag, refetch);

  useDocumentTitle(data ? t('editor.editTitleOf', { title: data.item.title }) : t('editor.editTitle'));

  if (isPending) {
    return (
      <div className="stack">
        <h1>{t('editor.editTitle')}</h1>
        <p role="status">{t('editor.loadingItem')}</p>
      </div>
    );
  }
  if (error || !data) return <PageError title={t('editor.editTitle')} error={error} onRetry={() => void refetch()} />;
  return <LoadedItemEditor key={fresh.formKey} loaded={data} onReload={fresh.reload} />;
}

function LoadedItemEditor({ loaded, onReload }: { loaded: VersionedItem; onReload: () => Promise<void> }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const queryClient = useQueryClient();
  const [current, setCurrent] = useState(loaded);
  const [message, setMessage] = useState<string | undefined>(
    (location.state as EditorLocationState | null)?.created ? t('editor.created') : undefined,
  );
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const { item, etag } = current;
  const update = useUpdateItem(item.id);
  const publication = useSetPublished(item.id);
  const deletion = useDeleteItem(item.id);

  const failure = update.error ?? publication.error ?? deletion.error;

  function saved(next: VersionedItem, text: string) {
    setCurrent(next);
    setMessage(text);
  }

  return (
    <div className="stack">
      <h1>{t('editor.editTitleOf', { title: item.title })}</h1>
      <div className={styles.statusBar}>
        <p>
          <strong>{item.published ? t('editor.published') : t('editor.notPublished')}</strong>
          {item.updatedAt && <> · {t('editor.lastSaved', { when: formatDateTime(language, item.updatedAt) })}</>}
        </p>
        <p>
          <Link to={`/items/${encodeURIComponent(item.slug)}`}>{t('editor.viewItem')}</Link>
        </p>
      </div>
      <p role="status" className={message ? styles.success : undefined}>
        {message}
      </p>
      {isStaleVersion(failure) && (
        <StaleVersionAlert
          title={t('editor.staleTitle')}
          text={t('editor.staleText')}
          reloadLabel={t('editor.reload')}
          onReload={() => void onReload()}
        />
      )}
      {failure && !isStaleVersion(failure) && fieldErrorsOf(update.error).length === 0 && <ErrorAlert error={failure} />}
      <ItemForm
        initialValues={itemValues(loaded.item)}
        serverError={update.error}
        busy={update.isPending}
        submitLabel={t('editor.save')}
        onSubmit={(content) => {
          setMessage(undefined);
          publication.reset();
          deletion.reset();
          update.mutate(
            { etag, input: { ...content, published: item.published, demo: item.demo } },
            { onSuccess: (next) => saved(next, t('editor.saved')) },
          );
        }}
        actions={
          <>
            <button
              type="button"
              className="button button-secondary"
              aria-disabled={publication.isPending}
              onClick={() => {
                if (publication.isPending) return;
                setMessage(undefined);
                update.reset();
                publication.mutate(
                  { published: !item.published, etag },
                  { onSuccess: (next) => saved(next, next.item.published ? t('editor.publishedNow') : t('editor.unpublishedNow')) },
                );
              }}
            >
              {item.published ? t('editor.unpublish') : t('editor.publish')}
            </button>
            {!confirmingDelete && (
              <button type="button" className={`button ${styles.danger}`} onClick={() => setConfirmingDelete(true)}>
                {t('editor.delete')}
              </button>
            )}
          </>
        }
      />
      <AttachmentsField<EditableItem>
        attachments={item.attachments ?? []}
        uploadPath={`/api/items/${encodeURIComponent(item.id)}/files`}
        removePath={(fileId) => `/api/items/${encodeURIComponent(item.id)}/files/${encodeURIComponent(fileId)}`}
        onChange={(next) => {
          // The item's version moved on: the form now saves over the item with its files.
          setCurrent({ item: next.data, etag: next.etag });
          void refreshAfterWrite(queryClient);
        }}
      />
      {confirmingDelete && (
        <div className={styles.confirm} role="group" aria-labelledby="confirm-delete">
          <p id="confirm-delete">{t('editor.deleteConfirm', { title: item.title })}</p>
          <div className={styles.actions}>
            <button
              type="button"
              className={`button ${styles.danger}`}
              // Focus moves here when the question appears, so keyboard users answer it right away.
              // eslint-disable-next-line jsx-a11y/no-autofocus
              autoFocus
              onClick={() =>
                deletion.mutate(undefined, {
                  onSuccess: () => void navigate('/redactie', { state: { deleted: item.title } }),
                })
              }
            >
              {t('editor.deleteYes')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirmingDelete(false)}>
              {t('editor.cancel')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
