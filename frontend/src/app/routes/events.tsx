import { EventList } from '@/features/events/components/event-list';
import { Page } from './page';

export function EventsRoute() {
  return (
    <Page title="events.listTitle" lead="events.listIntro">
      <EventList />
    </Page>
  );
}
