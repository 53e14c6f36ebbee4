import { useParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useEvent } from '@/features/events/api/get-event';
import { EventDetails } from '@/features/events/components/event-details';
import { useCurrentUser } from '@/features/identity/api/get-current-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function EventRoute() {
  const { id = '' } = useParams();
  const { t } = useI18n();
  const event = useEvent(id);
  const user = useCurrentUser();
  useDocumentTitle(event.data?.title ?? t('events.listTitle'));
  if (event.isError) return <ErrorAlert error={event.error} onRetry={() => void event.refetch()} />;
  if (!event.data) return null;
  return <EventDetails event={event.data} loggedIn={user.isPending ? undefined : Boolean(user.data)} />;
}
