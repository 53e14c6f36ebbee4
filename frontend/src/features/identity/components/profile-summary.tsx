import { DescriptionList } from '@/components/ui/description-list';
import { Section } from '@/components/ui/section';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { Profile } from '../api/get-current-user';
import { useRoleNames } from './role-names';
import styles from './profile-summary.module.css';

/** What the identity provider says about the person: shown, not editable. */
export function ProfileSummary({ user }: { user: Profile }) {
  const { t } = useI18n();
  const roleNames = useRoleNames();
  return (
    <Section title={t('profile.detailsTitle')}>
      <DescriptionList
        className={styles.details}
        entries={[
          [t('profile.name'), user.displayName],
          [t('profile.email'), user.email ?? t('profile.noEmail')],
          [t('profile.roles'), roleNames(user.roles)],
        ]}
      />
      <p className={styles.note}>{t('profile.providerNote')}</p>
    </Section>
  );
}
