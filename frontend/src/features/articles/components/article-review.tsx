import { useState } from 'react';
import { Link } from 'react-router';
import { ReviewDecision } from '@/components/workflow/review-decision';
import { StateBadge } from '@/components/workflow/state-badge';
import { WorkflowDiff } from '@/components/workflow/workflow-diff';
import { WorkflowHistory } from '@/components/workflow/workflow-history';
import { LoadedPage } from '@/components/ui/page-states';
import { SafeHtml } from '@/components/ui/safe-html';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { RICH_TEXT_POLICY } from '@/lib/safe-html';
import { useArticleDiff, useArticleStep, useEditableArticle } from '../api/save-article';
import type { VersionedArticle } from '../api/types';
import styles from './articles.module.css';

/** An editor's view of one article: the diff since the last submission, the text, the history, and the decision. */
export function ArticleReview({ id, queuePath }: { id: string; queuePath: string }) {
  const { t } = useI18n();
  const query = useEditableArticle(id);
  useDocumentTitle(query.data ? t('articles.review.reviewTitle', { title: query.data.article.title }) : t('articles.review.title'));
  return (
    <LoadedPage query={query} loading={t('articles.form.loading')} title={t('articles.review.title')}>
      {(data) => <LoadedReview key={data.etag} loaded={data} queuePath={queuePath} />}
    </LoadedPage>
  );
}

function LoadedReview({ loaded, queuePath }: { loaded: VersionedArticle; queuePath: string }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState(loaded);
  const step = useArticleStep(current.article.id);
  const { article, etag } = current;

  return (
    <div className="stack">
      <p>
        <Link to={queuePath}>{t('articles.review.toQueue')}</Link>
      </p>
      <h1>{t('articles.review.reviewTitle', { title: article.title })}</h1>
      <p>
        <StateBadge state={article.state} messages="articles" /> {t('articles.review.by', { name: article.author.name })}
        {article.submissions > 0 && <> · {t('workflow.version', { number: article.submissions })}</>}
      </p>
      <ReviewDecision
        messages="articles"
        state={article.state}
        etag={etag}
        step={step}
        onDecided={setCurrent}
        doneMessage={(next) => t('articles.review.done', { state: t(`articles.states.${next.article.state}`) })}
      />
      <ArticleDiff key={article.submissions} id={article.id} submissions={article.submissions} />
      <section aria-labelledby="review-article-title" className={styles.body}>
        <h2 id="review-article-title">{t('articles.review.article')}</h2>
        <h3>{article.title}</h3>
        {article.summary && <p className="lead">{article.summary}</p>}
        {article.bodyHtml && <SafeHtml as="div" html={article.bodyHtml} policy={RICH_TEXT_POLICY} />}
      </section>
      <WorkflowHistory history={article.history} messages="articles" />
    </div>
  );
}

function ArticleDiff({ id, submissions }: { id: string; submissions: number }) {
  return <WorkflowDiff submissions={submissions} diff={useArticleDiff(id, submissions > 0)} testId="article-diff" />;
}
