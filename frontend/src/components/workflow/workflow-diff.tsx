import type { UseQueryResult } from '@tanstack/react-query';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { DiffLine, DiffView } from './types';
import styles from './workflow.module.css';

interface WorkflowDiffProps {
  /** How many times the document was submitted; nothing to compare before the first. */
  submissions: number;
  /** The diff as the feature's query reads it (enabled once there is a submission). */
  diff: UseQueryResult<DiffView>;
  testId: string;
}

/**
 * What changed since the previous submission. Colour is never the only signal: added and removed text are <ins> and
 * <del> (announced by screen readers that support them), each changed line says so in words, and markers + and −
 * lead added and removed lines.
 */
export function WorkflowDiff({ submissions, diff, testId }: WorkflowDiffProps) {
  const { t } = useI18n();
  const { data, error, refetch } = diff;
  if (submissions === 0) return null;
  return (
    <section aria-labelledby="workflow-diff-title" className="stack">
      <h2 id="workflow-diff-title">{t('workflow.diffTitle')}</h2>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && (
        <>
          <p>
            {data.from === 0 ? t('workflow.diffFirst') : t('workflow.diffIntro', { from: data.from, to: data.to })}{' '}
            {t('workflow.diffLegend')}
          </p>
          <ol className={styles.diff} data-testid={testId}>
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
          <span className="visually-hidden">{t('workflow.added')}: </span>
          {line.text}
        </ins>
      );
    case 'REMOVED':
      return (
        <del>
          <span className={styles.marker} aria-hidden="true">−</span>
          <span className="visually-hidden">{t('workflow.removed')}: </span>
          {line.text}
        </del>
      );
    case 'CHANGED':
      return (
        <>
          <span className={styles.marker} aria-hidden="true">~</span>
          <span className="visually-hidden">{t('workflow.changed')}: </span>
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
