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
import { Page, pageRoute } from './page';

export function BalanceScanRoute() {
  const { t } = useI18n();
  const { data: user } = useCurrentUser();
  return (
    <Page title="balance.title" lead="balance.lead">
      <p>
        {t('balance.privacy')} {user && <Link to="/balansscan/mijn">{t('balance.mine.title')}</Link>}
      </p>
      <BalanceScan loggedIn={Boolean(user)} loginUrl={LOGIN_URL} />
    </Page>
  );
}

export const MyBalanceRoute = pageRoute({ title: 'balance.mine.title', requiredRole: 'MEMBER' }, <MyBalance />);

export function SavedScanRoute() {
  const { id = '' } = useParams();
  return (
    <Page title="balance.saved.title" requiredRole="MEMBER">
      <SavedScan id={id} />
    </Page>
  );
}

export function TeamRoute() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  useDocumentTitle(t('balance.team.title'));
  return <RequireUser>{() => <TeamPage id={id} />}</RequireUser>;
}

export function JoinTeamRoute() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  return (
    <Page title="balance.join.title" requiredRole="MEMBER">
      <JoinTeam id={id} code={search.get('code') ?? ''} />
    </Page>
  );
}
