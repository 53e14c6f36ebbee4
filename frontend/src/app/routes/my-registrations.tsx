import { MyRegistrations } from '@/features/events/components/my-registrations';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { Page } from './page';

export function MyRegistrationsRoute() {
  const { t } = useI18n();
  return (
    <Page title={t('events.mine.title')}>
      <MyRegistrations />
    </Page>
  );
}
