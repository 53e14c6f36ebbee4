import { formatBytes } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/i18n';
import styles from './attachment-list.module.css';

/** An attached file as the API lists it on an item or article. */
export interface AttachmentView {
  id: string;
  name: string;
  contentType: string;
  size: number;
  pages?: number | null;
  /** Downloads the file (always as an attachment). */
  url: string;
}

export function attachmentKind(contentType: string): MessageKey {
  if (contentType === 'application/pdf') return 'attachments.kinds.pdf';
  if (contentType.includes('wordprocessingml')) return 'attachments.kinds.docx';
  if (contentType.startsWith('image/')) return 'attachments.kinds.image';
  return 'attachments.kinds.other';
}

/** The files of an item or article: each a download link with its kind, size and, for a PDF, its pages. */
export function AttachmentList({ attachments, headingId }: { attachments: AttachmentView[]; headingId?: string }) {
  const { t, language } = useI18n();
  return (
    <ul className={styles.list} aria-labelledby={headingId}>
      {attachments.map((file) => (
        <li key={file.id}>
          <a href={file.url} download={file.name} aria-label={t('attachments.download', { name: file.name })}>
            {file.name}
          </a>{' '}
          <span className={styles.meta}>
            ({[t(attachmentKind(file.contentType)), formatBytes(file.size, language),
              file.pages ? t('attachments.pages', { count: file.pages }) : null]
              .filter(Boolean)
              .join(', ')})
          </span>
        </li>
      ))}
    </ul>
  );
}
