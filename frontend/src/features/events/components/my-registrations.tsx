import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useCancelRegistration } from '../api/cancel-registration';
import { useMyRegistrations } from '../api/get-my-registrations';
import { LOGIN_PATH, formatWhen } from '../api/types';
import styles from './events.module.css';

/** The member's registrations, with their status or waitlist place, and a way to cancel. */
export function MyRegistrations() {
  const { t, language } = useI18n();
  const mine = useMyRegistrations();
  const cancel = useCancelRegistration();
  if (mine.isPending) return null;
  if (mine.isError) return <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />;
  if (mine.data === null) {
    return (
      <p>
        {t('events.mine.loginNeeded')} <a href={LOGIN_PATH}>{t('events.loginToRegister')}</a>
      </p>
    );
  }
  if (mine.data.length === 0) return <p>{t('events.mine.none')}</p>;
  return (
    <ul className={styles.list}>
      {cancel.isError && <ErrorAlert error={cancel.error} />}
      {mine.data.map((registration) => (
        <li key={registration.id} className={styles.card}>
          <h2>
            <Link to={`/bijeenkomsten/${registration.eventId}`}>{registration.eventTitle}</Link>
          </h2>
          <p className={styles.meta}>{formatWhen(registration.eventStartsAt, language)}</p>
          <p>
            <span className={styles.badge}>{t(`events.statuses.${registration.status}`)}</span>{' '}
            {registration.status === 'WAITLISTED' &&
              t('events.mine.position', { position: registration.waitlistPosition })}
          </p>
          {registration.status !== 'CANCELLED' && (
            <button type="button" className="button button-secondary" disabled={cancel.isPending}
              aria-label={`${t('events.cancelRegistration')}: ${registration.eventTitle}`}
              onClick={() => cancel.mutate(registration.id)}>
              {t('events.cancelRegistration')}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
