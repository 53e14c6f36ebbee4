import formStyles from '@/components/form/form.module.css';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useReviewQueue } from '../api/get-article-lists';
import { ARTICLE_STATES, type ArticleState } from '../api/types';
import styles from './articles.module.css';

/** The editors' queue: submitted articles oldest first, or the articles in another state. */
export function ReviewQueue({ reviewPath }: { reviewPath: (id: string) => string }) {
  const { t, language } = useI18n();
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
        <ul className={styles.list}>
          {data.articles.map((article) => (
            <li key={article.id}>
              <p>
                <Link to={reviewPath(article.id)} aria-label={t('articles.review.open', { title: article.title })}>
                  {article.title}
                </Link>
              </p>
              <p className={styles.hint}>
                {t('articles.review.by', { name: article.author.name })}
                {article.submissions > 0 && <> · {t('articles.review.version', { number: article.submissions })}</>}
                {article.submittedAt && <> · {formatDateTime(language, article.submittedAt)}</>}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
