import { RequireUser } from '@/features/identity/components/require-user';
import { UserTable } from '@/features/identity/components/user-table';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function AdminUsersRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('admin.usersTitle'));
  return (
    <div className="stack">
      <h1>{t('admin.usersTitle')}</h1>
      <RequireUser requiredRole="ADMIN">
        {() => (
          <>
            <p className="lead">{t('admin.usersIntro')}</p>
            <UserTable />
          </>
        )}
      </RequireUser>
    </div>
  );
}
