import { Link } from 'react-router';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { WorkflowMessages } from './types';
import styles from './workflow.module.css';

/** A document in an editors' queue: what the lists of articles and of contributions both tell. */
export interface QueueEntry {
  id: string;
  title: string;
  authorName?: string | null;
  submissions: number;
  submittedAt?: string | null;
}

interface WorkflowQueueProps {
  entries: QueueEntry[];
  reviewPath: (id: string) => string;
  messages: WorkflowMessages;
}

/** The editors' queue: each document links to its review, with its author, version and when it was submitted. */
export function WorkflowQueue({ entries, reviewPath, messages }: WorkflowQueueProps) {
  const { t, language } = useI18n();
  return (
    <ul className={styles.queue}>
      {entries.map((entry) => (
        <li key={entry.id}>
          <p>
            <Link to={reviewPath(entry.id)} aria-label={t(`${messages}.review.reviewTitle`, { title: entry.title })}>
              {entry.title}
            </Link>
          </p>
          <p className={styles.hint}>
            {t(`${messages}.review.by`, { name: entry.authorName ?? '—' })}
            {entry.submissions > 0 && <> · {t('workflow.version', { number: entry.submissions })}</>}
            {entry.submittedAt && <> · {formatDateTime(language, entry.submittedAt)}</>}
          </p>
        </li>
      ))}
    </ul>
  );
}
