import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useEventAction, useOrganisedEvents } from '../api/organiser-events';
import { formatWhen } from '../api/types';
import { SeatsBadge } from './event-list';
import styles from './events.module.css';

/** An organiser's events (an editor's: all), each with edit, attendees, publish and cancel. */
export function OrganiserDashboard() {
  const { t, language } = useI18n();
  const events = useOrganisedEvents();
  const action = useEventAction();
  if (events.isPending) return null;
  if (events.isError) return <ErrorAlert error={events.error} onRetry={() => void events.refetch()} />;
  return (
    <div className="stack">
      <p>
        <Link className="button" to="/organisator/nieuw">{t('events.newEvent')}</Link>
      </p>
      {action.isError && <ErrorAlert error={action.error} />}
      {events.data.length === 0 ? (
        <p>{t('events.noOrganised')}</p>
      ) : (
        <ul className={styles.list}>
          {events.data.map((event) => (
            <li key={event.id} className={styles.card}>
              <h2>
                <Link to={`/bijeenkomsten/${event.id}`}>{event.title}</Link>
              </h2>
              <p className={styles.meta}>
                {formatWhen(event.startsAt, language)} ·{' '}
                {event.status === 'DRAFT' ? t('events.draftBadge') : event.status === 'CANCELLED' ? t('events.cancelledBadge') : ''}{' '}
                <SeatsBadge event={event} />
              </p>
              <div className={styles.actions}>
                <Link to={`/organisator/${event.id}/bewerken`} aria-label={`${t('events.edit')}: ${event.title}`}>{t('events.edit')}</Link>
                <Link to={`/organisator/${event.id}/deelnemers`} aria-label={`${t('events.attendees')}: ${event.title}`}>{t('events.attendees')}</Link>
                {event.status === 'DRAFT' && (
                  <button type="button" className="button" aria-label={`${t('events.publish')}: ${event.title}`}
                    onClick={() => action.mutate({ id: event.id, action: 'publish' })}>
                    {t('events.publish')}
                  </button>
                )}
                {event.status !== 'CANCELLED' && (
                  <button type="button" className="button button-secondary" aria-label={`${t('events.cancelEvent')}: ${event.title}`}
                    onClick={() => { if (window.confirm(t('events.confirmCancelEvent'))) action.mutate({ id: event.id, action: 'cancel' }); }}>
                    {t('events.cancelEvent')}
                  </button>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
