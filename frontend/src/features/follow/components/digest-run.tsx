import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useRunDigests } from '../api/run-digests';

/** An administrator's button to send the digests now rather than at the next round (e.g. after a large import). */
export function DigestRun() {
  const { t } = useI18n();
  const run = useRunDigests();
  return (
    <section aria-labelledby="digest-run-title" className="stack">
      <h2 id="digest-run-title">{t('admin.digestsTitle')}</h2>
      <p>{t('admin.digestsIntro')}</p>
      <p>
        <button
          type="button"
          className="button"
          aria-disabled={run.isPending}
          onClick={() => {
            if (!run.isPending) run.mutate();
          }}
        >
          {run.isPending ? t('admin.digestsRunning') : t('admin.digestsRun')}
        </button>
      </p>
      <p role="status">{run.data && t('admin.digestsDone', { matched: run.data.matched, mails: run.data.mails })}</p>
      {run.error && <ErrorAlert error={run.error} />}
    </section>
  );
}
