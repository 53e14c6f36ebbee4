import { MyRegistrations } from '@/features/events/components/my-registrations';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function MyRegistrationsRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('events.mine.title'));
  return (
    <div className="stack">
      <h1>{t('events.mine.title')}</h1>
      <MyRegistrations />
    </div>
  );
}
