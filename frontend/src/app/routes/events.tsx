import { EventList } from '@/features/events/components/event-list';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function EventsRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('events.listTitle'));
  return (
    <div className="stack">
      <h1>{t('events.listTitle')}</h1>
      <p className="lead">{t('events.listIntro')}</p>
      <EventList />
    </div>
  );
}
