import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { CheckCircleIcon } from '@/components/ui/icons';
import { TableHead } from '@/components/ui/table-head';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { Profile, Role } from '../api/get-current-user';
import { useUsers } from '../api/get-users';
import { useGrantRoles } from '../api/grant-roles';
import { useRoleNames } from './role-names';
import styles from './user-table.module.css';

/** The roles an administrator hands out; MEMBER comes with every account. */
export const GRANTABLE_ROLES = ['ORGANISER', 'EXPERT', 'EDITOR', 'ADMIN', 'SCHOOL_CONTACT', 'ASSESSOR'] as const satisfies readonly Role[];

export const USERS_PAGE_SIZE = 20;
const PAGE_PARAM = 'pagina';

function grantedIn(roles: readonly string[]): Set<Role> {
  return new Set(GRANTABLE_ROLES.filter((role) => roles.includes(role)));
}

function UserRow({ user }: { user: Profile }) {
  const { t } = useI18n();
  const roleNames = useRoleNames();
  const [selected, setSelected] = useState(() => grantedIn(user.grantedRoles ?? user.roles));
  const fromProvider = grantedIn(user.providerRoles ?? []);
  const [notRevoked, setNotRevoked] = useState<Role[]>([]);
  const grant = useGrantRoles();

  function toggle(role: Role) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(role)) next.delete(role);
      else next.add(role);
      return next;
    });
    if (grant.isSuccess) grant.reset();
  }

  function save() {
    const wanted = GRANTABLE_ROLES.filter((role) => selected.has(role));
    grant.mutate(
      { subject: user.subject, roles: wanted },
      {
        onSuccess: (profile) => {
          // Roles the provider gives stay whatever is granted here; say so instead of silently ticking them again.
          setNotRevoked(GRANTABLE_ROLES.filter((role) => profile.roles.includes(role) && !selected.has(role)));
          setSelected(grantedIn(profile.grantedRoles ?? profile.roles));
        },
      },
    );
  }

  return (
    <tr>
      <th scope="row">{user.displayName}</th>
      <td className={styles.email}>{user.email ?? ''}</td>
      <td>{user.organisation ?? ''}</td>
      <td>{roleNames(user.roles)}</td>
      <td>
        <fieldset className={styles.roles}>
          <legend className="visually-hidden">{t('admin.grantLegend', { name: user.displayName })}</legend>
          {GRANTABLE_ROLES.map((role) => (
            <label key={role} className={styles.role}>
              <input
                type="checkbox"
                checked={fromProvider.has(role) || selected.has(role)}
                disabled={fromProvider.has(role)}
                onChange={() => toggle(role)}
              />
              {t(`roles.${role}`)}
            </label>
          ))}
        </fieldset>
        {fromProvider.size > 0 && (
          <p className={styles.rowStatus}>{t('admin.providerRoles', { roles: roleNames([...fromProvider]) })}</p>
        )}
      </td>
      <td className={styles.save}>
        <button
          type="button"
          className="button button-secondary"
          onClick={save}
          disabled={grant.isPending}
          aria-label={t('admin.saveFor', { name: user.displayName })}
        >
          {grant.isPending ? t('admin.saving') : t('admin.save')}
        </button>
        <div role="status" className={styles.rowStatus}>
          {grant.isSuccess && (
            <>
              <p className={styles.saved}>
                <CheckCircleIcon className={styles.savedIcon} />
                {t('admin.saved')}
              </p>
              {notRevoked.length > 0 && <p>{t('admin.providerRoles', { roles: roleNames(notRevoked) })}</p>}
            </>
          )}
        </div>
        {grant.error && <ErrorAlert error={grant.error} />}
      </td>
    </tr>
  );
}

function pageFrom(value: string | null): number {
  const page = Number(value);
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/** Everyone with an account, a page at a time (`?pagina=`), with the roles an administrator can grant per person. */
export function UserTable() {
  const { t } = useI18n();
  const [searchParams] = useSearchParams();
  const page = pageFrom(searchParams.get(PAGE_PARAM));
  const { data, error, isPending, refetch } = useUsers(page - 1, USERS_PAGE_SIZE);

  if (isPending) {
    return <p role="status">{t('admin.loading')}</p>;
  }
  if (error) {
    return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  }
  const pages = Math.max(1, Math.ceil(data.total / USERS_PAGE_SIZE));
  const pageLink = (target: number) => {
    const params = new URLSearchParams(searchParams);
    params.set(PAGE_PARAM, String(target));
    return `?${params.toString()}`;
  };

  return (
    <div className="stack">
      {data.users.length === 0 ? (
        <p>{t('admin.empty')}</p>
      ) : (
        <div className={styles.scroll}>
          <table className={styles.table}>
            <TableHead
              caption={t('admin.caption', { total: data.total })}
              columns={[
                t('admin.name'),
                t('admin.email'),
                t('admin.organisation'),
                t('admin.currentRoles'),
                t('admin.grant'),
                <span className="visually-hidden">{t('admin.save')}</span>,
              ]}
            />
            <tbody>
              {data.users.map((user) => (
                // Keyed by page too, so a row's unsaved ticks never carry over to someone else's.
                <UserRow key={`${page}-${user.subject}`} user={user} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {pages > 1 && (
        <nav aria-label={t('admin.pagination')} className={styles.pagination}>
          {page > 1 ? (
            <Link to={pageLink(page - 1)} rel="prev">
              {t('admin.previous')}
            </Link>
          ) : (
            <span aria-hidden="true" />
          )}
          <p>{t('admin.pageOf', { page, pages })}</p>
          {page < pages ? (
            <Link to={pageLink(page + 1)} rel="next">
              {t('admin.next')}
            </Link>
          ) : (
            <span aria-hidden="true" />
          )}
        </nav>
      )}
    </div>
  );
}
