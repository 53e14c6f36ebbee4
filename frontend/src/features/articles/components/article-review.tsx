import { useId, useState } from 'react';
import { Link } from 'react-router';
import { FieldErrorMessage } from '@/components/form/field';
import formStyles from '@/components/form/form.module.css';
import { ErrorAlert } from '@/components/ui/error-alert';
import { SafeHtml } from '@/components/ui/safe-html';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ProblemError } from '@/lib/problem-details';
import { fieldErrorText } from '@/lib/problem-messages';
import { RICH_TEXT_POLICY } from '@/lib/safe-html';
import { useArticleStep, useEditableArticle } from '../api/save-article';
import type { StepName, VersionedArticle } from '../api/types';
import { ArticleDiffView } from './article-diff';
import { ArticleHistory } from './article-history';
import { StateBadge } from './state-badge';
import styles from './articles.module.css';

/** An editor's view of one article: the diff since the last submission, the text, the history, and the decision. */
export function ArticleReview({ id, queuePath }: { id: string; queuePath: string }) {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useEditableArticle(id);
  useDocumentTitle(data ? t('articles.review.reviewTitle', { title: data.article.title }) : t('articles.review.title'));
  if (isPending) return <p role="status">{t('articles.form.loading')}</p>;
  if (error || !data) {
    return (
      <div className="stack">
        <h1>{t('articles.review.title')}</h1>
        <ErrorAlert error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  return <LoadedReview key={data.etag} loaded={data} queuePath={queuePath} />;
}

function LoadedReview({ loaded, queuePath }: { loaded: VersionedArticle; queuePath: string }) {
  const { t } = useI18n();
  const commentId = useId();
  const [current, setCurrent] = useState(loaded);
  const [comment, setComment] = useState('');
  const [done, setDone] = useState<string>();
  const step = useArticleStep(current.article.id);
  const { article, etag } = current;
  const commentProblem =
    step.error instanceof ProblemError && step.error.status === 400 ? step.error.errorFor('comment') : undefined;
  const commentError = commentProblem && fieldErrorText(t, commentProblem);

  function decide(name: StepName) {
    if (step.isPending) return;
    setDone(undefined);
    step.mutate(
      { step: name, etag, comment: comment.trim() || undefined },
      {
        onSuccess: (next) => {
          setCurrent(next);
          setComment('');
          setDone(t('articles.review.done', { state: t(`articles.states.${next.article.state}`) }));
        },
      },
    );
  }

  const decisions: { name: StepName; label: string; primary?: boolean }[] =
    article.state === 'SUBMITTED'
      ? [
          { name: 'publish', label: t('articles.review.publish'), primary: true },
          { name: 'request-changes', label: t('articles.review.requestChanges') },
          { name: 'reject', label: t('articles.review.reject') },
        ]
      : article.state === 'PUBLISHED'
        ? [{ name: 'unpublish', label: t('articles.review.unpublish') }]
        : [];

  return (
    <div className="stack">
      <p>
        <Link to={queuePath}>{t('articles.review.toQueue')}</Link>
      </p>
      <h1>{t('articles.review.reviewTitle', { title: article.title })}</h1>
      <p>
        <StateBadge state={article.state} /> {t('articles.review.by', { name: article.author.name })}
        {article.submissions > 0 && <> · {t('articles.review.version', { number: article.submissions })}</>}
      </p>
      <p role="status" className={done ? styles.success : undefined}>
        {done}
      </p>
      {step.error && !commentError && <ErrorAlert error={step.error} />}
      {decisions.length > 0 && (
        <section aria-labelledby="decision-title" className={formStyles.group}>
          <h2 id="decision-title" className="visually-hidden">
            {t('articles.review.decision')}
          </h2>
          <div className={formStyles.field}>
            <label htmlFor={commentId} className={formStyles.label}>
              {t('articles.review.comment')}
            </label>
            <p id={`${commentId}-hint`} className={formStyles.hint}>
              {t('articles.review.commentHint')}
            </p>
            {commentError && <FieldErrorMessage id={`${commentId}-error`} message={commentError} />}
            <textarea
              id={commentId}
              className={formStyles.input}
              rows={4}
              value={comment}
              aria-invalid={commentError ? true : undefined}
              aria-describedby={`${commentId}-hint${commentError ? ` ${commentId}-error` : ''}`}
              onChange={(event) => setComment(event.target.value)}
            />
          </div>
          <div className={formStyles.actions}>
            {decisions.map((decision) => (
              <button
                key={decision.name}
                type="button"
                className={decision.primary ? 'button' : 'button button-secondary'}
                aria-disabled={step.isPending}
                onClick={() => decide(decision.name)}
              >
                {decision.label}
              </button>
            ))}
          </div>
        </section>
      )}
      <ArticleDiffView key={article.submissions} id={article.id} submissions={article.submissions} />
      <section aria-labelledby="review-article-title" className={styles.body}>
        <h2 id="review-article-title">{t('articles.review.article')}</h2>
        <h3>{article.title}</h3>
        {article.summary && <p className="lead">{article.summary}</p>}
        {article.bodyHtml && <SafeHtml as="div" html={article.bodyHtml} policy={RICH_TEXT_POLICY} />}
      </section>
      <ArticleHistory history={article.history} />
    </div>
  );
}
