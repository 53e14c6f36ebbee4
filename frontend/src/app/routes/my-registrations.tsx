import { MyRegistrations } from '@/features/events/components/my-registrations';
import { pageRoute } from './page';

export const MyRegistrationsRoute = pageRoute({ title: 'events.mine.title' }, <MyRegistrations />);
