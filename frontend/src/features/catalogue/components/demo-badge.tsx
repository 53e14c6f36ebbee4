import { useI18n } from '@/lib/i18n/i18n-provider';
import styles from './demo-badge.module.css';

/** Marks fictional demo content, with a description for screen readers and on hover. */
export function DemoBadge() {
  const { t } = useI18n();
  return (
    <span className={styles.badge} title={t('item.demoExplanation')}>
      {t('item.demo')}
      <span className="visually-hidden"> ({t('item.demoExplanation')})</span>
    </span>
  );
}
