import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { HistoryStep, WorkflowMessages } from './types';
import styles from './workflow.module.css';

/** Every workflow step of a document, oldest first: who, when, about which version, and the comment. */
export function WorkflowHistory({ history, messages }: { history: HistoryStep[]; messages: WorkflowMessages }) {
  const { t, language } = useI18n();
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="workflow-history-title">
      <h2 id="workflow-history-title">{t('workflow.history')}</h2>
      <ol className={styles.history}>
        {history.map((step, index) => (
          <li key={index}>
            <strong>{t('workflow.historyStep', { state: t(`${messages}.states.${step.to}`), name: step.actorName ?? '—' })}</strong>{' '}
            <time dateTime={step.at}>{formatDateTime(language, step.at)}</time>
            {step.version !== null && <> · {t('workflow.version', { number: step.version })}</>}
            {step.comment && <blockquote>{step.comment}</blockquote>}
          </li>
        ))}
      </ol>
    </section>
  );
}
