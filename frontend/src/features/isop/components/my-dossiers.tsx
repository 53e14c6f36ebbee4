import { Link, useLocation } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { isRegion } from '@/lib/taxonomy';
import { useDossiers } from '../api/dossiers';
import styles from './isop.module.css';

/** The dossiers the person works on, with their stage; a school contact (`canApply`) can register another school. */
export function MyDossiers({ canApply }: { canApply: boolean }) {
  const { t, language } = useI18n();
  const { data, error, isPending, refetch } = useDossiers();
  // Set by the dossier page after a withdrawal, so the person hears it went.
  const withdrawn = (useLocation().state as { withdrawn?: string } | null)?.withdrawn;
  return (
    <div className="stack">
      <p role="status">{withdrawn ? t('isop.withdraw.done', { name: withdrawn }) : ''}</p>
      {canApply && (
        <p>
          <Link to="/mijn-isop/aanmelden" className="button">
            {t('isop.applyLink')}
          </Link>
        </p>
      )}
      {isPending && <p role="status">{t('isop.dossier.loading')}</p>}
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && data.dossiers.length === 0 && <p>{t('isop.myNone')}</p>}
      {data && data.dossiers.length > 0 && (
        <ul className={styles.list} aria-label={t('isop.myTitle')}>
          {data.dossiers.map((dossier) => (
            <li key={dossier.id} className={styles.card}>
              <h2>
                <Link to={`/mijn-isop/${encodeURIComponent(dossier.id)}`}>{dossier.name}</Link>
              </h2>
              <p className={styles.meta}>
                {dossier.place}, {isRegion(dossier.province) ? t(`taxonomy.regions.${dossier.province}`) : dossier.province}
              </p>
              <p className={styles.meta}>
                {t('isop.dossierState')}: {t(`isop.states.${dossier.state}`)}
                {dossier.assessorName ? ` · ${t('isop.dossier.assessor', { name: dossier.assessorName })}` : ''}
                {dossier.label
                  ? ` · ${t(dossier.label.valid ? 'isop.dossier.labelValid' : 'isop.dossier.labelExpired', {
                      date: formatDate(language, dossier.label.validUntil),
                    })}`
                  : ''}
              </p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
