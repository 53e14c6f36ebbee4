import { DigestRun } from '@/features/follow/components/digest-run';
import { UserTable } from '@/features/identity/components/user-table';
import { Page } from './page';

export function AdminUsersRoute() {
  return (
    <Page title="admin.usersTitle" lead="admin.usersIntro" requiredRole="ADMIN">
      <UserTable />
      <DigestRun />
    </Page>
  );
}
