import { z } from '@/lib/zod';
import { InputField, TextAreaField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { showsInForm } from '@/components/form/server-errors';
import { TaxonomySelect } from '@/components/form/taxonomy-select';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { CheckCircleIcon } from '@/components/ui/icons';
import { Section } from '@/components/ui/section';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { isRegion, isSector, REGIONS, SECTORS } from '@/lib/taxonomy';
import type { Profile } from '../api/get-current-user';
import { BIO_MAX_LENGTH, ORGANISATION_MAX_LENGTH, useUpdateProfile, type ProfileUpdate } from '../api/update-profile';
import styles from './profile-form.module.css';

const orNull = (value: string) => (value.trim() === '' ? null : value);

/** The profile as typed; an empty field is sent as `null`, which clears it. The server checks the rules. */
const profileSchema = z
  .object({ organisation: z.string(), sector: z.string(), region: z.string(), bio: z.string() })
  .transform(
    (values): ProfileUpdate => ({
      organisation: orNull(values.organisation),
      sector: orNull(values.sector),
      region: orNull(values.region),
      bio: orNull(values.bio),
    }),
  );

/** The part of the profile a person fills in themselves; field errors from the backend appear beside the fields. */
export function ProfileForm({ user }: { user: Profile }) {
  const { t } = useI18n();
  const mutation = useUpdateProfile();
  const form = usePortalForm(profileSchema, {
    defaultValues: {
      organisation: user.organisation ?? '',
      sector: isSector(user.sector) ? user.sector : '',
      region: isRegion(user.region) ? user.region : '',
      bio: user.bio ?? '',
    },
    serverError: mutation.error,
  });

  return (
    <Section title={t('profile.formTitle')}>
      {mutation.error && !showsInForm(mutation.error) && <ErrorAlert error={mutation.error} />}
      <Form
        form={form}
        onSubmit={(update) => mutation.mutate(update)}
        busy={mutation.isPending}
        summaryTitle={t('profile.notSaved')}
        // An old "saved" would now be untrue; field errors stay until the next attempt.
        onChange={() => {
          if (mutation.isSuccess) mutation.reset();
        }}
      >
        <InputField
          name="organisation"
          label={t('profile.organisation')}
          hint={t('profile.organisationHint', { max: ORGANISATION_MAX_LENGTH })}
          autoComplete="organization"
          maxLength={ORGANISATION_MAX_LENGTH}
        />
        <TaxonomySelect name="sector" label={t('profile.sector')} facet="sector" codes={SECTORS} none={t('profile.noChoice')} />
        <TaxonomySelect name="region" label={t('profile.region')} facet="region" codes={REGIONS} none={t('profile.noChoice')} />
        <TextAreaField
          name="bio"
          label={t('profile.bio')}
          hint={t('profile.bioHint', { max: BIO_MAX_LENGTH })}
          rows={6}
          maxLength={BIO_MAX_LENGTH}
        />
        <FormActions>
          <SubmitButton label={t('profile.save')} busyLabel={t('profile.saving')} busy={mutation.isPending} />
          {/* Always present, so screen readers announce the message when it appears. */}
          <p role="status" className={styles.saved}>
            {mutation.isSuccess && (
              <>
                <CheckCircleIcon className={styles.savedIcon} />
                {t('profile.saved')}
              </>
            )}
          </p>
        </FormActions>
      </Form>
    </Section>
  );
}
