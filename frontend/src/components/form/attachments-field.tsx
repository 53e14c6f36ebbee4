import { useId, useRef, useState } from 'react';
import { AttachmentList, type AttachmentView } from '@/components/ui/attachment-list';
import { ErrorAlert } from '@/components/ui/error-alert';
import { apiExchange } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { FileInput } from './file-input';
import styles from './form.module.css';

/** What an upload or removal answers: the owner (item or article) with its files, and its new version. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

interface AttachmentsFieldProps<T> {
  attachments: AttachmentView[];
  /** Where a file is sent (`POST`, multipart field `file`). */
  uploadPath: string;
  /** Where one file is removed (`DELETE`). */
  removePath: (id: string) => string;
  /** The owner as the server answered after the change, with the version the open form saves over from now on. */
  onChange: (next: Versioned<T>) => void;
}

/**
 * The files of an item or article on its edit page: listed, each removable, and one more added at a time. The upload
 * waits while the server reads the file's text, so the status says so; a refused file shows why, by the field's label.
 * Not part of the form's own submit: a file is stored (or removed) at once.
 */
export function AttachmentsField<T>({ attachments, uploadPath, removePath, onChange }: AttachmentsFieldProps<T>) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [busy, setBusy] = useState<string | undefined>();
  const [status, setStatus] = useState<string | undefined>();
  const [error, setError] = useState<unknown>();

  async function change(run: () => Promise<{ data: T; headers: Headers }>, done: string) {
    setError(undefined);
    setStatus(undefined);
    try {
      const response = await run();
      onChange({ data: response.data, etag: response.headers.get('ETag') ?? '' });
      setStatus(done);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(undefined);
    }
  }

  function upload() {
    const file = input.current?.files?.[0];
    if (!file) {
      setError(undefined);
      setStatus(t('attachments.noFile'));
      input.current?.focus();
      return;
    }
    const form = new FormData();
    form.append('file', file, file.name);
    setBusy(t('attachments.uploading', { name: file.name }));
    void change(async () => {
      const response = await apiExchange<T>(uploadPath, { method: 'POST', body: form });
      if (input.current) input.current.value = '';
      return response;
    }, t('attachments.uploaded', { name: file.name }));
  }

  function remove(file: AttachmentView) {
    setBusy(t('attachments.remove', { name: file.name }));
    void change(() => apiExchange<T>(removePath(file.id), { method: 'DELETE' }), t('attachments.removed', { name: file.name }));
  }

  return (
    <section className={styles.attachments} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('attachments.title')}</h2>
      {attachments.length === 0 ? (
        <p>{t('attachments.none')}</p>
      ) : (
        <>
          <AttachmentList attachments={attachments} headingId={`${id}-title`} />
          <ul className={styles.attachmentActions}>
            {attachments.map((file) => (
              <li key={file.id}>
                <button
                  type="button"
                  className="button button-secondary"
                  aria-disabled={busy !== undefined}
                  onClick={() => busy === undefined && remove(file)}
                >
                  {t('attachments.remove', { name: file.name })}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <FileInput id={`${id}-file`} label={t('attachments.choose')} hint={t('attachments.hint')} input={input} />
      <p>
        <button
          type="button"
          className="button"
          aria-disabled={busy !== undefined}
          onClick={() => busy === undefined && upload()}
        >
          {t('attachments.upload')}
        </button>
      </p>
      <div role="status">
        {busy && (
          <p>
            <progress aria-label={busy} /> {busy}
          </p>
        )}
        {!busy && status && <p>{status}</p>}
      </div>
      {error !== undefined && (
        <ErrorAlert error={error} fieldLabel={(field) => (field === 'file' ? t('attachments.field') : undefined)} />
      )}
    </section>
  );
}
