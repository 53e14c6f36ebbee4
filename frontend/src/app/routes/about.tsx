import { StatusOverview } from '@/features/system-status/components/status-overview';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function AboutRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('about.title'));
  return (
    <div className="stack">
      <h1>{t('about.title')}</h1>
      <p className="lead">{t('about.intro')}</p>
      <p className="lead">{t('about.model')}</p>
      <StatusOverview />
    </div>
  );
}
