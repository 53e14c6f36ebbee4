import { useState } from 'react';
import { Link } from 'react-router';
import { z } from '@/lib/zod';
import { TextAreaField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { fieldErrorsOf } from '@/components/form/server-errors';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { PageError } from '@/components/ui/page-states';
import { SafeHtml } from '@/components/ui/safe-html';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
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
  if (error || !data) return <PageError title={t('articles.review.title')} error={error} onRetry={() => void refetch()} />;
  return <LoadedReview key={data.etag} loaded={data} queuePath={queuePath} />;
}

/** The comment is sent only when there is one; the server says which decisions need it, beside the field. */
const decisionSchema = z.object({ comment: z.string() }).transform(({ comment }) => comment.trim() || undefined);

function LoadedReview({ loaded, queuePath }: { loaded: VersionedArticle; queuePath: string }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState(loaded);
  const [done, setDone] = useState<string>();
  const step = useArticleStep(current.article.id);
  const form = usePortalForm(decisionSchema, { defaultValues: { comment: '' }, serverError: step.error });
  const { article, etag } = current;

  function decide(name: StepName, comment: string | undefined) {
    if (step.isPending) return;
    setDone(undefined);
    step.mutate(
      { step: name, etag, comment },
      {
        onSuccess: (next) => {
          setCurrent(next);
          form.reset({ comment: '' });
          setDone(t('articles.review.done', { state: t(`articles.states.${next.article.state}`) }));
        },
      },
    );
  }

  const decisions: { name: StepName; label: string }[] =
    article.state === 'SUBMITTED'
      ? [
          { name: 'publish', label: t('articles.review.publish') },
          { name: 'request-changes', label: t('articles.review.requestChanges') },
          { name: 'reject', label: t('articles.review.reject') },
        ]
      : article.state === 'PUBLISHED'
        ? [{ name: 'unpublish', label: t('articles.review.unpublish') }]
        : [];
  const [primary, ...others] = decisions;

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
      {step.error && fieldErrorsOf(step.error).length === 0 && <ErrorAlert error={step.error} />}
      {primary && (
        <section aria-labelledby="decision-title" className="stack">
          <h2 id="decision-title" className="visually-hidden">
            {t('articles.review.decision')}
          </h2>
          {/* Enter in the form takes the first decision; each other button validates and sends its own. */}
          <Form
            form={form}
            onSubmit={(comment) => decide(primary.name, comment)}
            busy={step.isPending}
            summaryTitle={t('articles.review.notDecided')}
          >
            <TextAreaField
              name="comment"
              label={t('articles.review.comment')}
              hint={t('articles.review.commentHint')}
              rows={4}
            />
            <FormActions>
              <SubmitButton label={primary.label} busy={step.isPending} />
              {others.map((decision) => (
                <button
                  key={decision.name}
                  type="button"
                  className="button button-secondary"
                  aria-disabled={step.isPending}
                  onClick={() => void form.handleSubmit((comment) => decide(decision.name, comment), form.markFailed)()}
                >
                  {decision.label}
                </button>
              ))}
            </FormActions>
          </Form>
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
