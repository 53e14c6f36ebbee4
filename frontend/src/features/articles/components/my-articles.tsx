import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useMyArticles } from '../api/get-article-lists';
import { ARTICLE_STATES } from '../api/types';
import styles from './articles.module.css';

/** The expert's dashboard: their articles grouped by state, what needs their attention first. */
export function MyArticles({ editPath }: { editPath: (id: string) => string }) {
  const { t, language } = useI18n();
  const { data, error, isPending, refetch } = useMyArticles();
  if (isPending) return <p role="status">{t('articles.mine.loading')}</p>;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const order = ['CHANGES_REQUESTED', 'DRAFT', 'SUBMITTED', 'PUBLISHED', 'REJECTED'] as const;
  const groups = order.filter((state) => ARTICLE_STATES.includes(state));
  return (
    <div className="stack">
      {groups.map((state) => {
        const articles = data.articles.filter((article) => article.state === state);
        return (
          <section key={state} aria-labelledby={`mine-${state}`}>
            <h2 id={`mine-${state}`}>
              {t(`articles.states.${state}`)} ({articles.length})
            </h2>
            {articles.length === 0 ? (
              <p className={styles.hint}>{t('articles.mine.none')}</p>
            ) : (
              <ul className={styles.list}>
                {articles.map((article) => (
                  <li key={article.id}>
                    <p>
                      <Link to={editPath(article.id)}>{article.title}</Link>
                    </p>
                    {article.updatedAt && (
                      <p className={styles.hint}>
                        {t('articles.mine.updated', { when: formatDateTime(language, article.updatedAt) })}
                      </p>
                    )}
                    {article.lastComment && state === 'CHANGES_REQUESTED' && (
                      <p>{t('articles.mine.lastComment', { comment: article.lastComment })}</p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </div>
  );
}
