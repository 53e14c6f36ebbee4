import { EventList } from '@/features/events/components/event-list';
import { pageRoute } from './page';

export const EventsRoute = pageRoute({ title: 'events.listTitle', lead: 'events.listIntro' }, <EventList />);
