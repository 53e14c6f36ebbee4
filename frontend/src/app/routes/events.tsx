import { ComingSoon } from '@/components/ui/coming-soon';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function EventsRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('comingSoon.events.title'));
  return (
    <div className="stack">
      <h1>{t('comingSoon.events.title')}</h1>
      <ComingSoon badge={t('comingSoon.badge')} description={t('comingSoon.events.description')} />
    </div>
  );
}
