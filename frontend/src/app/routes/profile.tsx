import { useNavigate } from 'react-router';
import { AccountActions } from '@/features/identity/components/account-actions';
import { ProfileForm } from '@/features/identity/components/profile-form';
import { ProfileSummary } from '@/features/identity/components/profile-summary';
import { RequireUser } from '@/features/identity/components/require-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { Notice } from './app-layout';
import styles from './profile.module.css';

export function ProfileRoute() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t('profile.title'));

  function accountDeleted() {
    const notice: Notice = 'account-deleted';
    void navigate('/', { replace: true, state: { notice } });
  }

  function signedOutEverywhere() {
    const notice: Notice = 'signed-out-everywhere';
    void navigate('/', { replace: true, state: { notice } });
  }

  return (
    <div className={styles.page}>
      <h1>{t('profile.title')}</h1>
      <RequireUser>
        {(user) => (
          <>
            <ProfileSummary user={user} />
            <ProfileForm user={user} />
            <AccountActions onDeleted={accountDeleted} onSignedOutEverywhere={signedOutEverywhere} />
          </>
        )}
      </RequireUser>
    </div>
  );
}
