import { ErrorAlert } from '@/components/ui/error-alert';
import { SafeHtml } from '@/components/ui/safe-html';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { RICH_TEXT_POLICY } from '@/lib/safe-html';
import { useModerate, useModerationQueue } from '../api/reactions';

/** Reported replies, hidden from readers until an editor shows them again or takes them down; reasons, not who. */
export function ModerationQueue() {
  const { t, language } = useI18n();
  const { data, error, isPending, refetch } = useModerationQueue();
  const moderate = useModerate();
  if (isPending) return <p role="status">{t('reactions.moderation.loading')}</p>;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (data.replies.length === 0) return <p>{t('reactions.moderation.empty')}</p>;
  return (
    <ul className="stack">
      {moderate.error && <ErrorAlert error={moderate.error} />}
      {data.replies.map((reply) => (
        <li key={reply.id}>
          <p>
            <strong>{reply.authorName ?? t('reactions.someone')}</strong>{' '}
            <time dateTime={reply.createdAt}>{formatDateTime(language, reply.createdAt)}</time>
          </p>
          <SafeHtml as="div" html={reply.bodyHtml} policy={RICH_TEXT_POLICY} />
          <p>{t('reactions.moderation.reports', { count: reply.reports.length })}</p>
          <ul>
            {reply.reports.map((report, index) => (
              <li key={index}>{report.reason ?? t('reactions.moderation.noReason')}</li>
            ))}
          </ul>
          <p>
            <button type="button" className="button" onClick={() => moderate.mutate({ id: reply.id, keep: true })}>
              {t('reactions.moderation.approve')}
            </button>{' '}
            <button type="button" className="button button-secondary" onClick={() => moderate.mutate({ id: reply.id, keep: false })}>
              {t('reactions.moderation.remove')}
            </button>
          </p>
        </li>
      ))}
    </ul>
  );
}
