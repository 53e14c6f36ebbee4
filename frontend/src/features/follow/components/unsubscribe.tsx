import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useUnsubscribe } from '../api/saved-searches';

/**
 * The digest mail's unsubscribe link: one button, no login (the link's token says whose digest). Not done on opening
 * the page, because mail scanners open links too.
 */
export function Unsubscribe({ token }: { token: string }) {
  const { t } = useI18n();
  const unsubscribe = useUnsubscribe();
  if (unsubscribe.isSuccess) {
    return <p role="status">{t('follow.unsubscribe.done', { count: unsubscribe.data.searches })}</p>;
  }
  return (
    <div className="stack">
      <p>{t('follow.unsubscribe.intro')}</p>
      {unsubscribe.error && <ErrorAlert error={unsubscribe.error} fieldLabel={() => t('follow.unsubscribe.link')} />}
      <p>
        <button type="button" className="button" aria-disabled={unsubscribe.isPending} onClick={() => unsubscribe.mutate(token)}>
          {t('follow.unsubscribe.submit')}
        </button>
      </p>
    </div>
  );
}
