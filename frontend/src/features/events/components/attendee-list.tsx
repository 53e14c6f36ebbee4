import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { attendeesCsvUrl, useAttendees, useSetPresence } from '../api/get-attendees';
import styles from './events.module.css';

/** The organiser's attendee list with answers, counts, CSV download and check-in (works on a phone). */
export function AttendeeList({ eventId }: { eventId: string }) {
  const { t } = useI18n();
  const attendees = useAttendees(eventId);
  const presence = useSetPresence(eventId);
  if (attendees.isPending) return null;
  if (attendees.isError) return <ErrorAlert error={attendees.error} onRetry={() => void attendees.refetch()} />;
  const { counts, questions } = attendees.data;
  return (
    <div className="stack">
      <h2>{attendees.data.title}</h2>
      <p role="status">
        {t('events.attendeeList.counts', { confirmed: counts.confirmed, seats: counts.confirmedSeats,
          waitlisted: counts.waitlisted, cancelled: counts.cancelled, present: counts.present })}
      </p>
      <p>
        <a href={attendeesCsvUrl(eventId)} download>{t('events.attendeeList.download')}</a>
      </p>
      {presence.isError && <ErrorAlert error={presence.error} />}
      {attendees.data.attendees.length === 0 ? (
        <p>{t('events.attendeeList.none')}</p>
      ) : (
        <div className={styles.tableScroll}>
          <table className={styles.table}>
            <thead>
              <tr>
                <th scope="col">{t('events.attendeeList.name')}</th>
                <th scope="col">{t('events.attendeeList.status')}</th>
                <th scope="col">{t('events.attendeeList.seats')}</th>
                {questions.map((question) => (
                  <th key={question.id} scope="col">{question.label}</th>
                ))}
                <th scope="col">{t('events.attendeeList.checkInTitle')}</th>
              </tr>
            </thead>
            <tbody>
              {attendees.data.attendees.map((attendee) => (
                <tr key={attendee.id}>
                  <td>
                    {attendee.name}
                    {attendee.colleagues.length > 0 && <> (+ {attendee.colleagues.join(', ')})</>}
                    <br />
                    <span className={styles.meta}>{attendee.email}</span>
                  </td>
                  <td>
                    {t(`events.statuses.${attendee.status}`)}
                    {attendee.waitlistPosition > 0 && ` #${attendee.waitlistPosition}`}
                  </td>
                  <td>{attendee.seats}</td>
                  {questions.map((question) => (
                    <td key={question.id}>{attendee.answers[question.id ?? '']}</td>
                  ))}
                  <td>
                    {attendee.status === 'CONFIRMED' &&
                      (attendee.present ? (
                        <button type="button" className="button button-secondary"
                          aria-label={t('events.attendeeList.undoCheckIn', { name: attendee.name ?? '' })}
                          onClick={() => presence.mutate({ registrationId: attendee.id, present: false })}>
                          ✓ {t('events.attendeeList.present')}
                        </button>
                      ) : (
                        <button type="button" className="button"
                          aria-label={t('events.attendeeList.checkIn', { name: attendee.name ?? '' })}
                          onClick={() => presence.mutate({ registrationId: attendee.id, present: true })}>
                          {t('events.attendeeList.present')}
                        </button>
                      ))}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
