import { CheckCircleIcon, CrossCircleIcon, QuestionCircleIcon } from '@/components/ui/icons';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { ComponentHealth, ElasticsearchHealth } from '../api/get-status';
import { useSystemStatus } from '../api/get-status';
import styles from './status-overview.module.css';

const CLUSTER_STATUSES = ['green', 'yellow', 'red'] as const;

function HealthBadge({ health }: { health: ComponentHealth | undefined }) {
  const { t } = useI18n();
  if (health?.status === 'UP') {
    return (
      <span className={`${styles.badge} ${styles.up}`}>
        <CheckCircleIcon /> {t('status.up')}
      </span>
    );
  }
  if (health?.status === 'DOWN') {
    return (
      <span className={`${styles.badge} ${styles.down}`}>
        <CrossCircleIcon /> {t('status.down')}
      </span>
    );
  }
  return (
    <span className={`${styles.badge} ${styles.unknown}`}>
      <QuestionCircleIcon /> {t('status.unknown')}
    </span>
  );
}

function ClusterStatus({ health }: { health: ElasticsearchHealth | undefined }) {
  const { t } = useI18n();
  const clusterStatus = health?.clusterStatus;
  if (!clusterStatus) return null;
  const label = CLUSTER_STATUSES.includes(clusterStatus) ? t(`status.cluster.${clusterStatus}`) : clusterStatus;
  return <p className={styles.detail}>{t('status.clusterStatus', { status: label })}</p>;
}

/** Whether the backend and Elasticsearch are up, each shown with an icon and words, never colour alone. */
export function StatusOverview() {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useSystemStatus();

  return (
    <section aria-labelledby="system-status-title" className={`stack ${styles.panel}`}>
      <div className={styles.heading}>
        <h2 id="system-status-title">{t('status.title')}</h2>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => void refetch()}
        >
          {t('status.refresh')}
        </button>
      </div>
      {isPending && !error && (
        <p role="status" className={styles.detail}>
          {t('status.loading')}
        </p>
      )}
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && (
        <>
          <p className={styles.summary}>{data.status === 'UP' ? t('status.overallUp') : t('status.overallDown')}</p>
          <dl className={styles.components}>
            <div className={styles.component} data-testid="status-backend">
              <dt>{t('status.backend')}</dt>
              <dd>
                <HealthBadge health={data.components.backend} />
                {data.components.backend?.version && (
                  <p className={styles.detail}>{t('status.version', { version: data.components.backend.version })}</p>
                )}
              </dd>
            </div>
            <div className={styles.component} data-testid="status-elasticsearch">
              <dt>{t('status.elasticsearch')}</dt>
              <dd>
                <HealthBadge health={data.components.elasticsearch} />
                {data.components.elasticsearch?.version && (
                  <p className={styles.detail}>
                    {t('status.version', { version: data.components.elasticsearch.version })}
                  </p>
                )}
                <ClusterStatus health={data.components.elasticsearch} />
              </dd>
            </div>
          </dl>
        </>
      )}
    </section>
  );
}
