import { useState } from 'react';
import { useLocation } from 'react-router';
import { MainLayout, type NavigationItem } from '@/components/layouts/main-layout';
import { CheckCircleIcon } from '@/components/ui/icons';
import { hasRole, useCurrentUser } from '@/features/identity/api/get-current-user';
import { AccountMenu } from '@/features/identity/components/account-menu';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { takeNotice } from '@/lib/pending-notice';
import styles from './app-layout.module.css';

/** Messages a page can leave for the next one through the router's location state: `{ notice: 'account-deleted' }`. */
export type Notice = 'account-deleted' | 'signed-out-everywhere';

function noticeFrom(state: unknown): Notice | undefined {
  const notice = (state as { notice?: unknown } | null)?.notice;
  return notice === 'account-deleted' || notice === 'signed-out-everywhere' ? notice : undefined;
}

/** The shared layout with what depends on who is logged in: the account corner and role-specific menu entries. */
export function AppLayout() {
  const { t } = useI18n();
  const { state } = useLocation();
  const { data: user } = useCurrentUser();
  const extraNavigation: NavigationItem[] = [
    ...(user ? [{ to: '/mijn-bijdragen', label: 'nav.myContributions' } as const] : []),
    ...(hasRole(user, 'EXPERT') ? [{ to: '/mijn-artikelen', label: 'nav.myArticles' } as const] : []),
    ...(hasRole(user, 'SCHOOL_CONTACT') || hasRole(user, 'ASSESSOR') || hasRole(user, 'EDITOR') || hasRole(user, 'ADMIN')
      ? [{ to: '/mijn-isop', label: 'nav.isopDossiers' } as const]
      : []),
    ...(hasRole(user, 'EDITOR') ? [{ to: '/redactie', label: 'nav.editorial' } as const] : []),
    ...(hasRole(user, 'ADMIN') ? [{ to: '/beheer/gebruikers', label: 'nav.admin' } as const] : []),
  ];
  const [pendingNotice] = useState(takeNotice);
  const notice = noticeFrom(state) ?? pendingNotice;

  return (
    <MainLayout
      account={<AccountMenu profilePath="/profiel" />}
      extraNavigation={extraNavigation}
      notice={
        notice && (
          <p role="status" className={styles.notice}>
            <CheckCircleIcon className={styles.icon} />
            {t(notice === 'signed-out-everywhere' ? 'account.signedOutEverywhere' : 'account.accountDeleted')}
          </p>
        )
      }
    />
  );
}
