import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { usePublishedArticles } from '../api/get-article-lists';
import styles from './articles.module.css';

/** An expert's published articles, newest first, for their profile page. */
export function AuthorArticles({ author }: { author: string }) {
  const { t, language } = useI18n();
  const { data, error, refetch } = usePublishedArticles(author);
  return (
    <section aria-labelledby="author-articles-title">
      <h2 id="author-articles-title">{t('articles.byAuthor')}</h2>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && data.articles.length === 0 && <p>{t('articles.byAuthorNone')}</p>}
      {data && data.articles.length > 0 && (
        <ul className={styles.list}>
          {data.articles.map((article) => (
            <li key={article.id}>
              <p>
                <Link to={`/artikelen/${encodeURIComponent(article.slug)}`}>{article.title}</Link>
              </p>
              {article.publishedAt && <p className={styles.hint}>{formatDate(language, article.publishedAt)}</p>}
              {article.summary && <p>{article.summary}</p>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
