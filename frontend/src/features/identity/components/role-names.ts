import { useI18n } from '@/lib/i18n/i18n-provider';
import { isRole, ROLES } from '../api/get-current-user';

/** Role names in the reading language, in the model's order; a code this app does not know yet is shown as is. */
export function useRoleNames() {
  const { t } = useI18n();
  return (roles: readonly string[]): string =>
    [...roles]
      .sort((a, b) => rank(a) - rank(b))
      .map((code) => (isRole(code) ? t(`roles.${code}`) : code))
      .join(', ');
}

function rank(code: string): number {
  const index = (ROLES as readonly string[]).indexOf(code);
  return index === -1 ? ROLES.length : index;
}
