import { useEffect, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ProblemError } from '@/lib/problem-details';
import { useEditableItem } from '../api/get-editable-item';
import { useDeleteItem, useSetPublished, useUpdateItem } from '../api/save-item';
import type { VersionedItem } from '../api/types';
import { ItemForm, itemValues, toItemInput } from './item-form';
import styles from './editor.module.css';

/** What the editor page was opened for: state passed along by the create screen. */
export interface EditorLocationState {
  created?: boolean;
}

/** Loads an item for editing and keeps the version it was loaded at, so a save never overwrites someone else's. */
export function ItemEditor({ id }: { id: string }) {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useEditableItem(id);
  // Each (re)load gives a fresh form; a failed save keeps the form, and so what the editor typed.
  const [loadCount, setLoadCount] = useState(0);

  useDocumentTitle(data ? t('editor.editTitleOf', { title: data.item.title }) : t('editor.editTitle'));

  if (isPending) {
    return (
      <div className="stack">
        <h1>{t('editor.editTitle')}</h1>
        <p role="status">{t('editor.loadingItem')}</p>
      </div>
    );
  }
  if (error || !data) {
    return (
      <div className="stack">
        <h1>{t('editor.editTitle')}</h1>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  return (
    <LoadedItemEditor
      key={`${data.etag}-${loadCount}`}
      loaded={data}
      onReload={async () => {
        await refetch();
        setLoadCount((count) => count + 1);
      }}
    />
  );
}

function LoadedItemEditor({ loaded, onReload }: { loaded: VersionedItem; onReload: () => Promise<void> }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const [current, setCurrent] = useState(loaded);
  const [message, setMessage] = useState<string | undefined>(
    (location.state as EditorLocationState | null)?.created ? t('editor.created') : undefined,
  );
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const staleRef = useRef<HTMLDivElement>(null);
  const { item, etag } = current;
  const update = useUpdateItem(item.id);
  const publication = useSetPublished(item.id);
  const deletion = useDeleteItem(item.id);

  const failure = update.error ?? publication.error ?? deletion.error;
  const stale = failure instanceof ProblemError && failure.status === 412;
  const fieldErrors = update.error instanceof ProblemError && update.error.status === 400 ? update.error.problem.errors : [];
  const otherFailure = failure && !stale && fieldErrors.length === 0 ? failure : undefined;

  useEffect(() => {
    if (stale) staleRef.current?.focus();
  }, [stale]);

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
      {stale && (
        <div ref={staleRef} className={styles.stale} role="alert" tabIndex={-1}>
          <p className={styles.errorSummaryTitle}>{t('editor.staleTitle')}</p>
          <p>{t('editor.staleText')}</p>
          <button type="button" className="button button-secondary" onClick={() => void onReload()}>
            {t('editor.reload')}
          </button>
        </div>
      )}
      {otherFailure && <ErrorAlert error={otherFailure} />}
      <ItemForm
        initialValues={itemValues(loaded.item)}
        fieldErrors={fieldErrors}
        busy={update.isPending}
        submitLabel={t('editor.save')}
        onSubmit={(values) => {
          setMessage(undefined);
          publication.reset();
          deletion.reset();
          update.mutate(
            { etag, input: toItemInput(values, { published: item.published, demo: item.demo }) },
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
