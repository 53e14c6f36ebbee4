import { useI18n } from '@/lib/i18n/i18n-provider';
import type { ArticleState } from '../api/types';
import styles from './articles.module.css';

export function StateBadge({ state }: { state: ArticleState }) {
  const { t } = useI18n();
  return <span className={styles.badge}>{t(`articles.states.${state}`)}</span>;
}
