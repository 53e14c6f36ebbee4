import { Link, useParams, useSearchParams } from 'react-router';
import { BalanceScan } from '@/features/balance/components/balance-scan';
import { JoinTeam } from '@/features/balance/components/join-team';
import { MyBalance } from '@/features/balance/components/my-balance';
import { SavedScan } from '@/features/balance/components/saved-scan';
import { TeamPage } from '@/features/balance/components/team-page';
import { LOGIN_URL, useCurrentUser } from '@/features/identity/api/get-current-user';
import { RequireUser } from '@/features/identity/components/require-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function BalanceScanRoute() {
  const { t } = useI18n();
  const { data: user } = useCurrentUser();
  useDocumentTitle(t('balance.title'));
  return (
    <div className="stack">
      <h1>{t('balance.title')}</h1>
      <p className="lead">{t('balance.lead')}</p>
      <p>
        {t('balance.privacy')} {user && <Link to="/balansscan/mijn">{t('balance.mine.title')}</Link>}
      </p>
      <BalanceScan loggedIn={Boolean(user)} loginUrl={LOGIN_URL} />
    </div>
  );
}

export function MyBalanceRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('balance.mine.title'));
  return (
    <div className="stack">
      <h1>{t('balance.mine.title')}</h1>
      <RequireUser>{() => <MyBalance />}</RequireUser>
    </div>
  );
}

export function SavedScanRoute() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  useDocumentTitle(t('balance.saved.title'));
  return (
    <div className="stack">
      <h1>{t('balance.saved.title')}</h1>
      <RequireUser>{() => <SavedScan id={id} />}</RequireUser>
    </div>
  );
}

export function TeamRoute() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  useDocumentTitle(t('balance.team.title'));
  return <RequireUser>{() => <TeamPage id={id} />}</RequireUser>;
}

export function JoinTeamRoute() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  useDocumentTitle(t('balance.join.title'));
  return (
    <div className="stack">
      <h1>{t('balance.join.title')}</h1>
      <RequireUser>{() => <JoinTeam id={id} code={search.get('code') ?? ''} />}</RequireUser>
    </div>
  );
}
