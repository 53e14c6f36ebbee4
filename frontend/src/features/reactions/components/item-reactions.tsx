import { useState } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SafeHtml } from '@/components/ui/safe-html';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { onDemand } from '@/lib/on-demand';
import { RICH_TEXT_POLICY } from '@/lib/safe-html';
import { useReactions, useReplies, useReportReply, useToggleReaction, type ReactionKind } from '../api/reactions';

// Only logged-in readers get the form, and with it the form layer's code.
const ReplyForm = onDemand(() => import('./reply-form'), 'ReplyForm');

/**
 * Under a published item: "Dit heb ik gebruikt" and "Nuttig" (counts, toggled by the logged-in reader, never a list
 * of who) and the replies, each reportable; a reported reply disappears until an editor has looked at it.
 */
export function ItemReactions({ itemId, loggedIn }: { itemId: string; loggedIn: boolean }) {
  const { t, language } = useI18n();
  const counts = useReactions(itemId);
  const toggle = useToggleReaction(itemId);
  const replies = useReplies(itemId);
  const report = useReportReply(itemId);
  const [status, setStatus] = useState<string>();

  const button = (kind: ReactionKind, label: string, count: number) => {
    const pressed = counts.data?.mine.includes(kind) ?? false;
    return (
      <button
        type="button"
        className="button button-secondary"
        aria-pressed={pressed}
        aria-disabled={!loggedIn || toggle.isPending}
        onClick={() => loggedIn && !toggle.isPending && toggle.mutate({ kind, on: !pressed })}
      >
        {label} ({count})
      </button>
    );
  };

  return (
    <section aria-labelledby="reactions-title" className="stack">
      <h2 id="reactions-title">{t('reactions.title')}</h2>
      {counts.data && (
        <p>
          {button('USED', t('reactions.used'), counts.data.used)} {button('USEFUL', t('reactions.useful'), counts.data.useful)}
        </p>
      )}
      {!loggedIn && <p>{t('reactions.loginToReact')}</p>}
      {toggle.error && <ErrorAlert error={toggle.error} />}
      <h3>{t('reactions.repliesTitle')}</h3>
      <p role="status">{status}</p>
      {report.error && <ErrorAlert error={report.error} />}
      {replies.data && replies.data.replies.length === 0 && <p>{t('reactions.noReplies')}</p>}
      {replies.data && replies.data.replies.length > 0 && (
        <ul className="stack">
          {replies.data.replies.map((reply) => (
            <li key={reply.id}>
              <p>
                <strong>{reply.authorName ?? t('reactions.someone')}</strong>{' '}
                <time dateTime={reply.createdAt}>{formatDateTime(language, reply.createdAt)}</time>
                {reply.state === 'REPORTED' && <> · {t('reactions.hiddenOwn')}</>}
              </p>
              <SafeHtml as="div" html={reply.bodyHtml} policy={RICH_TEXT_POLICY} />
              {loggedIn && !reply.mine && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => report.mutate({ id: reply.id }, { onSuccess: () => setStatus(t('reactions.reported')) })}
                >
                  {t('reactions.report')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {loggedIn && <ReplyForm itemId={itemId} onPosted={() => setStatus(t('reactions.posted'))} />}
    </section>
  );
}
