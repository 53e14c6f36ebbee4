import { StatusOverview } from '@/features/system-status/components/status-overview';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { Page } from './page';

export function AboutRoute() {
  const { t } = useI18n();
  return (
    <Page title="about.title" lead="about.intro">
      <p className="lead">{t('about.model')}</p>
      <StatusOverview />
    </Page>
  );
}
