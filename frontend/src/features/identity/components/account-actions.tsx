import { ConfirmAction } from '@/components/ui/confirm-action';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Section } from '@/components/ui/section';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { PERSONAL_DATA_URL } from '../api/get-current-user';
import { leaveNotice } from '@/lib/pending-notice';
import { useDeleteAccount } from '../api/delete-account';
import { useEndAllSessions } from '../api/end-sessions';

interface AccountActionsProps {
  /** Called once the account is gone and the session has ended. */
  onDeleted: () => void;
  /** Called once every session of the person, this one included, has ended. */
  onSignedOutEverywhere: () => void;
}

/**
 * The person's rights over their data and sessions: a download of everything, logging out on every device, and
 * erasure after a confirmation.
 */
export function AccountActions({ onDeleted, onSignedOutEverywhere }: AccountActionsProps) {
  const { t } = useI18n();
  const deletion = useDeleteAccount();
  const endSessions = useEndAllSessions();

  function erase(close: () => void) {
    deletion.mutate(undefined, {
      onSuccess: (result) => {
        close();
        if (result?.logoutUrl) {
          // End the identity provider's session too, or its next login would recreate the account at once.
          leaveNotice('account-deleted');
          window.location.assign(result.logoutUrl);
          return;
        }
        onDeleted();
      },
    });
  }

  return (
    <>
      <Section title={t('profile.dataTitle')} intro={t('profile.dataIntro')}>
        <p>
          {/* A plain link: the backend answers with an attachment, so the browser saves it and stays on this page. */}
          <a className="button button-secondary" href={PERSONAL_DATA_URL} download>
            {t('profile.download')}
          </a>
        </p>
      </Section>
      <Section title={t('profile.sessionsTitle')} intro={t('profile.sessionsIntro')}>
        {endSessions.error && <ErrorAlert error={endSessions.error} />}
        <p>
          <button
            type="button"
            className="button button-secondary"
            disabled={endSessions.isPending}
            onClick={() => endSessions.mutate(undefined, { onSuccess: onSignedOutEverywhere })}
          >
            {endSessions.isPending ? t('profile.endingSessions') : t('profile.endSessions')}
          </button>
        </p>
      </Section>
      <Section title={t('profile.deleteTitle')} intro={t('profile.deleteIntro')}>
        <ConfirmAction
          labels={{
            open: t('profile.delete'),
            title: t('profile.deleteConfirmTitle'),
            text: t('profile.deleteConfirmText'),
            cancel: t('profile.cancel'),
            confirm: t('profile.deleteConfirm'),
            pending: t('profile.deleting'),
          }}
          pending={deletion.isPending}
          error={deletion.error}
          onOpen={() => deletion.reset()}
          onConfirm={erase}
        />
      </Section>
    </>
  );
}
