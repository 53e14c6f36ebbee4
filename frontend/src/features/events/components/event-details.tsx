import { ErrorAlert } from '@/components/ui/error-alert';
import { SafeHtml } from '@/components/ui/safe-html';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { RICH_TEXT_POLICY } from '@/lib/safe-html';
import { useCancelRegistration } from '../api/cancel-registration';
import { useMyRegistrations } from '../api/get-my-registrations';
import { LOGIN_PATH, formatWhen, type PortalEvent } from '../api/types';
import { SeatsBadge, place } from './event-list';
import { RegistrationForm } from './registration-form';
import styles from './events.module.css';

interface EventDetailsProps {
  event: PortalEvent;
  /** Whether someone is logged in; unknown while the app asks. A visitor's registrations are not asked for. */
  loggedIn?: boolean | undefined;
}

/** The event page: what, when, where, seats left, the register button or one's place, and schema.org data. */
export function EventDetails({ event, loggedIn }: EventDetailsProps) {
  const { t, language } = useI18n();
  return (
    <article className="stack">
      <h1>{event.title}</h1>
      {event.status !== 'PUBLISHED' && (
        <p className={styles.badge}>
          {event.status === 'CANCELLED' ? t('events.cancelledBadge') : t('events.draftBadge')}
        </p>
      )}
      <dl>
        <dt>{t('events.when')}</dt>
        <dd>
          {formatWhen(event.startsAt, language)} – {formatWhen(event.endsAt, language)}
        </dd>
        <dt>{t('events.where')}</dt>
        <dd>
          {[event.venue?.name, event.venue?.address, event.venue?.city].filter(Boolean).join(', ') || place(event, t)}
          {event.onlineUrl && (
            <>
              {' '}
              <a href={event.onlineUrl}>{t('events.online')}</a>
            </>
          )}
        </dd>
        <dt>{t('events.kind')}</dt>
        <dd>{t(`events.kinds.${event.kind}`)}</dd>
        {event.organiserName && (
          <>
            <dt>{t('events.organiser')}</dt>
            <dd>{event.organiserName}</dd>
          </>
        )}
      </dl>
      <p>
        <SeatsBadge event={event} />
      </p>
      {event.descriptionHtml && (
        // Rendered from Markdown and sanitised by the server; SafeHtml applies the same allow-list again.
        <SafeHtml as="div" className={styles.description} html={event.descriptionHtml} policy={RICH_TEXT_POLICY} />
      )}
      <p>
        <a href={`/api/events/${event.id}.ics`}>{t('events.addToCalendar')}</a>
      </p>
      <RegisterPanel event={event} loggedIn={loggedIn} />
      <script type="application/ld+json">{JSON.stringify(structuredData(event))}</script>
    </article>
  );
}

/** The text of server-rendered HTML, for places that take no markup. DOMParser runs no scripts and loads nothing. */
function plainText(html: string | undefined): string | undefined {
  if (!html) return undefined;
  return new DOMParser().parseFromString(html, 'text/html').body.textContent?.trim() || undefined;
}

/** schema.org `Event`, for search engines. */
function structuredData(event: PortalEvent) {
  const physical = event.venue?.name
    ? {
        '@type': 'Place',
        name: event.venue.name,
        address: [event.venue.address, event.venue.city].filter(Boolean).join(', '),
      }
    : undefined;
  const virtual = event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: event.title,
    description: plainText(event.descriptionHtml),
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus:
      event.status === 'CANCELLED' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: physical && virtual
      ? 'https://schema.org/MixedEventAttendanceMode'
      : virtual
        ? 'https://schema.org/OnlineEventAttendanceMode'
        : 'https://schema.org/OfflineEventAttendanceMode',
    location: [physical, virtual].filter(Boolean),
    organizer: event.organiserName ? { '@type': 'Person', name: event.organiserName } : undefined,
    ...(event.seatsLeft !== undefined && event.seatsLeft !== null && { remainingAttendeeCapacity: event.seatsLeft }),
  };
}

function RegisterPanel({ event, loggedIn }: EventDetailsProps) {
  const { t } = useI18n();
  const mine = useMyRegistrations(loggedIn === true);
  const cancel = useCancelRegistration();

  if (loggedIn === undefined) return null;
  if (loggedIn === false || mine.data === null) {
    if (!event.registrationOpen) return <p>{t('events.registrationClosed')}</p>;
    return (
      <p>
        <a className="button" href={LOGIN_PATH}>
          {t('events.loginToRegister')}
        </a>
      </p>
    );
  }
  if (mine.isPending) return null;
  if (mine.isError) return <ErrorAlert error={mine.error} onRetry={() => void mine.refetch()} />;
  const registration = mine.data?.find((r) => r.eventId === event.id && r.status !== 'CANCELLED');

  if (registration) {
    return (
      <section className={styles.panel} aria-labelledby="registration-heading">
        <h2 id="registration-heading">{t(`events.statuses.${registration.status}`)}</h2>
        <p role="status">
          {registration.status === 'CONFIRMED' && t('events.youAreConfirmed')}
          {registration.status === 'WAITLISTED' &&
            t('events.youAreWaitlisted', { position: registration.waitlistPosition })}
          {registration.status === 'PENDING' && t('events.youArePending')}
        </p>
        {cancel.isError && <ErrorAlert error={cancel.error} />}
        <button type="button" className="button button-secondary" disabled={cancel.isPending}
          onClick={() => cancel.mutate(registration.id)}>
          {t('events.cancelRegistration')}
        </button>
      </section>
    );
  }
  if (!event.registrationOpen) {
    return <p>{t('events.registrationClosed')}</p>;
  }

  return <RegistrationForm event={event} />;
}
