import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useArticleDiff } from '../api/save-article';
import type { DiffLine } from '../api/types';
import styles from './articles.module.css';

/**
 * What changed since the previous submission. Colour is never the only signal: added and removed text are <ins> and
 * <del> (announced by screen readers that support them), each changed line says so in words, and markers + and −
 * lead added and removed lines.
 */
export function ArticleDiffView({ id, submissions }: { id: string; submissions: number }) {
  const { t } = useI18n();
  const { data, error, refetch } = useArticleDiff(id, submissions > 0);
  if (submissions === 0) return null;
  return (
    <section aria-labelledby="article-diff-title" className="stack">
      <h2 id="article-diff-title">{t('articles.review.diffTitle')}</h2>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && (
        <>
          <p>
            {data.from === 0 ? t('articles.review.diffFirst') : t('articles.review.diffIntro', { from: data.from, to: data.to })}{' '}
            {t('articles.review.diffLegend')}
          </p>
          <ol className={styles.diff} data-testid="article-diff">
            {data.lines
              .filter((line) => data.from === 0 || line.kind !== 'SAME' || line.text.trim() !== '')
              .map((line, index) => (
                <li key={index}>
                  <DiffLineView line={line} />
                </li>
              ))}
          </ol>
        </>
      )}
    </section>
  );
}

function DiffLineView({ line }: { line: DiffLine }) {
  const { t } = useI18n();
  switch (line.kind) {
    case 'ADDED':
      return (
        <ins>
          <span className={styles.marker} aria-hidden="true">+</span>
          <span className="visually-hidden">{t('articles.review.added')}: </span>
          {line.text}
        </ins>
      );
    case 'REMOVED':
      return (
        <del>
          <span className={styles.marker} aria-hidden="true">−</span>
          <span className="visually-hidden">{t('articles.review.removed')}: </span>
          {line.text}
        </del>
      );
    case 'CHANGED':
      return (
        <>
          <span className={styles.marker} aria-hidden="true">~</span>
          <span className="visually-hidden">{t('articles.review.changed')}: </span>
          {line.segments.map((segment, index) =>
            segment.kind === 'ADDED' ? (
              <ins key={index}>{segment.text}</ins>
            ) : segment.kind === 'REMOVED' ? (
              <del key={index}>{segment.text}</del>
            ) : (
              <span key={index}>{segment.text}</span>
            ),
          )}
        </>
      );
    default:
      return (
        <>
          <span className={styles.marker} aria-hidden="true">{' '}</span>
          {line.text}
        </>
      );
  }
}
