import type { ReactNode } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { hasRole, useCurrentUser, type Profile, type Role } from '../api/get-current-user';
import { LoginPrompt } from './login-prompt';
import styles from './login-prompt.module.css';

interface RequireUserProps {
  /** A role the page needs on top of being logged in. */
  requiredRole?: Role;
  children: (user: Profile) => ReactNode;
}

/**
 * Renders its children only for a logged-in person (with the role, if one is named); others get a login prompt or a
 * "not allowed" message. The backend enforces the same rules: this only spares people a page of errors.
 */
export function RequireUser({ requiredRole, children }: RequireUserProps) {
  const { t } = useI18n();
  const { data: user, error, isPending, refetch } = useCurrentUser();

  if (isPending) {
    return <p role="status">{t('account.checking')}</p>;
  }
  if (error) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  if (!user) {
    return <LoginPrompt />;
  }
  if (requiredRole && !hasRole(user, requiredRole)) {
    return (
      <section className={styles.prompt} aria-labelledby="forbidden-title">
        <h2 id="forbidden-title">{t('account.forbiddenTitle')}</h2>
        <p>{t('account.forbidden')}</p>
      </section>
    );
  }
  return children(user);
}
