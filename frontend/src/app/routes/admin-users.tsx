import { DigestRun } from '@/features/follow/components/digest-run';
import { UserTable } from '@/features/identity/components/user-table';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { Page } from './page';

export function AdminUsersRoute() {
  const { t } = useI18n();
  return (
    <Page title={t('admin.usersTitle')} lead={t('admin.usersIntro')} requiredRole="ADMIN">
      <UserTable />
      <DigestRun />
    </Page>
  );
}
