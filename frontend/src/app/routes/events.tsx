import { EventList } from '@/features/events/components/event-list';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { Page } from './page';

export function EventsRoute() {
  const { t } = useI18n();
  return (
    <Page title={t('events.listTitle')} lead={t('events.listIntro')}>
      <EventList />
    </Page>
  );
}
