import { MyRegistrations } from '@/features/events/components/my-registrations';
import { Page } from './page';

export function MyRegistrationsRoute() {
  return (
    <Page title="events.mine.title">
      <MyRegistrations />
    </Page>
  );
}
