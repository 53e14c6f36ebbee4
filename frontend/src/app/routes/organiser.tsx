import { useNavigate, useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useEditableEvent } from '@/features/events/api/get-editable-event';
import { AttendeeList } from '@/features/events/components/attendee-list';
import { EventForm } from '@/features/events/components/event-form';
import { OrganiserDashboard } from '@/features/events/components/organiser-dashboard';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { Page, pageRoute } from './page';

export const OrganiserRoute = pageRoute({ title: 'events.organiserTitle' }, <OrganiserDashboard />);

export function OrganiserNewEventRoute() {
  const navigate = useNavigate();
  return (
    <Page title="events.newEvent">
      <EventForm onSaved={() => void navigate('/organisator')} />
    </Page>
  );
}

export function OrganiserEditEventRoute() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const navigate = useNavigate();
  const loaded = useEditableEvent(id);
  useDocumentTitle(t('events.editEvent'));
  if (loaded.isError) return <ErrorAlert error={loaded.error} onRetry={() => void loaded.refetch()} />;
  if (!loaded.data) return null;
  return (
    <div className="stack">
      <h1>{t('events.editEvent')}</h1>
      <EventForm
        // A reload after someone else's save starts the form afresh from that version.
        key={loaded.data.etag}
        event={loaded.data.event}
        etag={loaded.data.etag}
        onSaved={() => void navigate('/organisator')}
        onReload={() => void loaded.refetch()}
      />
    </div>
  );
}

export function OrganiserAttendeesRoute() {
  const { id = '' } = useParams();
  return (
    <Page title="events.attendees">
      <AttendeeList eventId={id} />
    </Page>
  );
}
