import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { ArticleStep } from '../api/types';
import styles from './articles.module.css';

/** Every workflow step, oldest first: who, when, and the comment. */
export function ArticleHistory({ history }: { history: ArticleStep[] }) {
  const { t, language } = useI18n();
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="article-history-title">
      <h2 id="article-history-title">{t('articles.page.history')}</h2>
      <ol className={styles.history}>
        {history.map((step, index) => (
          <li key={index}>
            <strong>
              {t('articles.page.historyStep', { state: t(`articles.states.${step.to}`), name: step.actorName ?? '—' })}
            </strong>{' '}
            <time dateTime={step.at}>{formatDateTime(language, step.at)}</time>
            {step.version !== null && <> · {t('articles.review.version', { number: step.version })}</>}
            {step.comment && <blockquote>{step.comment}</blockquote>}
          </li>
        ))}
      </ol>
    </section>
  );
}
