import { ErrorAlert } from '@/components/ui/error-alert';
import { WorkflowQueue } from '@/components/workflow/workflow-queue';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useContributionQueue } from '../api/get-contributions';

/** The editors' queue of submitted contributions, oldest first. */
export function ContributionQueue({ reviewPath }: { reviewPath: (id: string) => string }) {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useContributionQueue('SUBMITTED');
  if (isPending) return <p role="status">{t('contributions.mine.loading')}</p>;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (data.contributions.length === 0) return <p>{t('contributions.review.empty')}</p>;
  return <WorkflowQueue entries={data.contributions} reviewPath={reviewPath} messages="contributions" />;
}
