import { useI18n } from '@/lib/i18n/i18n-provider';
import type { WorkflowMessages, WorkflowState } from './types';
import styles from './workflow.module.css';

/** A document's workflow state, in the feature's words. */
export function StateBadge({ state, messages }: { state: WorkflowState; messages: WorkflowMessages }) {
  const { t } = useI18n();
  return <span className={styles.badge}>{t(`${messages}.states.${state}`)}</span>;
}
