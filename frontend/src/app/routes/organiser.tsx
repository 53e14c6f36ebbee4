import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useEvent } from '@/features/events/api/get-event';
import { AttendeeList } from '@/features/events/components/attendee-list';
import { EventForm } from '@/features/events/components/event-form';
import { OrganiserDashboard } from '@/features/events/components/organiser-dashboard';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function OrganiserRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('events.organiserTitle'));
  return (
    <div className="stack">
      <h1>{t('events.organiserTitle')}</h1>
      <OrganiserDashboard />
    </div>
  );
}

export function OrganiserNewEventRoute() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t('events.newEvent'));
  return (
    <div className="stack">
      <h1>{t('events.newEvent')}</h1>
      <EventForm onSaved={() => void navigate('/organisator')} />
    </div>
  );
}

export function OrganiserEditEventRoute() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const event = useEvent(id);
  useDocumentTitle(t('events.editEvent'));
  if (event.isError) return <ErrorAlert error={event.error} />;
  if (!event.data) return null;
  return (
    <div className="stack">
      <h1>{t('events.editEvent')}</h1>
      <EventForm event={event.data} onSaved={() => void navigate('/organisator')} />
    </div>
  );
}

export function OrganiserAttendeesRoute() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  useDocumentTitle(t('events.attendees'));
  return (
    <div className="stack">
      <h1>{t('events.attendees')}</h1>
      <AttendeeList eventId={id} />
    </div>
  );
}
