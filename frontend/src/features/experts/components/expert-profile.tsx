import { ErrorAlert } from '@/components/ui/error-alert';
import { isNotFound, PageNotFound } from '@/components/ui/page-states';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import { useExpert } from '../api/get-experts';
import { expertiseLabels } from './expert-card';
import styles from './experts.module.css';

/** An expert's public profile; the page adds their articles. */
export function ExpertProfile({ slug }: { slug: string }) {
  const { t } = useI18n();
  const { data: expert, error, isPending, refetch } = useExpert(slug);
  useDocumentTitle(expert?.name ?? t('experts.title'));
  if (isPending) return <p role="status">{t('experts.loading')}</p>;
  if (isNotFound(error)) return <PageNotFound title={t('experts.notFoundTitle')} text={t('experts.notFound')} />;
  if (error || !expert) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const photo = expert.photoUrl && /^https:\/\//i.test(expert.photoUrl) ? expert.photoUrl : null;
  return (
    <section className="stack" aria-labelledby="expert-name">
      <div className={styles.card}>
        {photo && <img className={styles.photo} src={photo} alt={t('experts.photo', { name: expert.name })} />}
        <div>
          <h1 id="expert-name">{expert.name}</h1>
          {expert.organisation && (
            <p>
              {t('experts.organisation')}: {expert.organisation}
            </p>
          )}
          {expert.region && (
            <p>
              {t('experts.region')}: {taxonomyLabel(t, 'region', expert.region)}
            </p>
          )}
        </div>
      </div>
      {expert.bio && <p className="lead">{expert.bio}</p>}
      {expertiseLabels(t, expert).length > 0 && (
        <p>
          {t('experts.expertise')}: {expertiseLabels(t, expert).join(', ')}
        </p>
      )}
    </section>
  );
}
