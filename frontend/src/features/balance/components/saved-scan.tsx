import { ErrorAlert } from '@/components/ui/error-alert';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { reportHref } from '../api/report';
import { useScan } from '../api/scans';
import { ResultsView } from './results-view';

/** One saved scan's results. */
export function SavedScan({ id }: { id: string }) {
  const { t, language } = useI18n();
  const scan = useScan(id);
  if (scan.isPending) return <p role="status">{t('balance.loading')}</p>;
  if (scan.error) return <ErrorAlert error={scan.error} onRetry={() => void scan.refetch()} />;
  return (
    <div className="stack">
      <p>{t('balance.mine.scanOf', { date: formatDateTime(language, scan.data.savedAt) })}</p>
      <ResultsView results={scan.data.results} />
      <p>
        <a href={reportHref('scans', id, language)} type="application/pdf" download>
          {t('balance.report.download')}
        </a>
      </p>
    </div>
  );
}
