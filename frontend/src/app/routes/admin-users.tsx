import { DigestRun } from '@/features/follow/components/digest-run';
import { UserTable } from '@/features/identity/components/user-table';
import { pageRoute } from './page';

export const AdminUsersRoute = pageRoute(
  { title: 'admin.usersTitle', lead: 'admin.usersIntro', requiredRole: 'ADMIN' },
  <>
    <UserTable />
    <DigestRun />
  </>,
);
