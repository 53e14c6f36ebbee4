import { useRef } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Section } from '@/components/ui/section';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { PERSONAL_DATA_URL } from '../api/get-current-user';
import { leaveNotice } from '@/lib/pending-notice';
import { useDeleteAccount } from '../api/delete-account';
import { useEndAllSessions } from '../api/end-sessions';
import styles from './account-actions.module.css';

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
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const deletion = useDeleteAccount();
  const endSessions = useEndAllSessions();

  function openDialog() {
    deletion.reset();
    // A modal <dialog> keeps focus inside and closes on Escape; start on the harmless choice.
    dialog.current?.showModal();
    cancelButton.current?.focus();
  }

  function closeDialog() {
    dialog.current?.close();
  }

  function confirm() {
    deletion.mutate(undefined, {
      onSuccess: (result) => {
        dialog.current?.close();
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
        <p>
          <button ref={opener} type="button" className={`button ${styles.danger}`} onClick={openDialog}>
            {t('profile.delete')}
          </button>
        </p>
      </Section>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-labelledby="delete-dialog-title"
        aria-describedby="delete-dialog-text"
        onClose={() => opener.current?.focus()}
      >
        <div className="stack">
          <h2 id="delete-dialog-title">{t('profile.deleteConfirmTitle')}</h2>
          <p id="delete-dialog-text">{t('profile.deleteConfirmText')}</p>
          {deletion.error && <ErrorAlert error={deletion.error} />}
          <div className={styles.actions}>
            <button ref={cancelButton} type="button" className="button button-secondary" onClick={closeDialog}>
              {t('profile.cancel')}
            </button>
            <button
              type="button"
              className={`button ${styles.danger}`}
              onClick={confirm}
              disabled={deletion.isPending}
            >
              {deletion.isPending ? t('profile.deleting') : t('profile.deleteConfirm')}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
