import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { LOGIN_URL, useCurrentUser } from '../api/get-current-user';
import { LogoutButton } from './logout-button';
import styles from './account-menu.module.css';

interface AccountMenuProps {
  /** Where the person's name links to. */
  profilePath: string;
}

/** The header's account corner: a login button for visitors, the person's name and a logout button once logged in. */
export function AccountMenu({ profilePath }: AccountMenuProps) {
  const { t } = useI18n();
  const { data: user, isPending } = useCurrentUser();

  if (isPending) {
    // Showing "Log in" before the answer would flash the wrong button for everyone who is logged in.
    return <div className={styles.menu} aria-busy="true" />;
  }
  if (!user) {
    // A failed check also offers the login: the backend decides, and logging in again is harmless.
    return (
      <div className={styles.menu}>
        <a className="button" href={LOGIN_URL}>
          {t('account.login')}
        </a>
      </div>
    );
  }
  return (
    <div className={styles.menu}>
      <Link to={profilePath} className={styles.name}>
        <svg className={styles.icon} viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
          <circle cx="12" cy="8" r="4" fill="currentColor" />
          <path d="M4 21a8 8 0 0 1 16 0z" fill="currentColor" />
        </svg>
        {user.displayName}
      </Link>
      <LogoutButton />
    </div>
  );
}
