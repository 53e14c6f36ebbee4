import formStyles from '@/components/form/form.module.css';
import { useId, useState } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { WorkflowQueue } from '@/components/workflow/workflow-queue';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useReviewQueue } from '../api/get-article-lists';
import { ARTICLE_STATES, type ArticleState } from '../api/types';

/** The editors' queue: submitted articles oldest first, or the articles in another state. */
export function ReviewQueue({ reviewPath }: { reviewPath: (id: string) => string }) {
  const { t } = useI18n();
  const id = useId();
  const [state, setState] = useState<ArticleState>('SUBMITTED');
  const { data, error, isPending, refetch } = useReviewQueue(state);
  return (
    <div className="stack">
      <div className={formStyles.field}>
        <label htmlFor={id} className={formStyles.label}>
          {t('articles.review.stateFilter')}
        </label>
        <select id={id} className={formStyles.input} value={state} onChange={(event) => setState(event.target.value as ArticleState)}>
          {ARTICLE_STATES.map((code) => (
            <option key={code} value={code}>
              {t(`articles.states.${code}`)}
            </option>
          ))}
        </select>
      </div>
      {isPending && <p role="status">{t('articles.mine.loading')}</p>}
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && data.articles.length === 0 && <p>{t('articles.review.none')}</p>}
      {data && data.articles.length > 0 && (
        <WorkflowQueue
          entries={data.articles.map((article) => ({ ...article, authorName: article.author.name }))}
          reviewPath={reviewPath}
          messages="articles"
        />
      )}
    </div>
  );
}
