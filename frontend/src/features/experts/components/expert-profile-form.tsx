import { z } from '@/lib/zod';
import { ModelTagGroups } from '@/components/form/model-tag-groups';
import { modelTagFields, modelTags } from '@/components/form/model-tags';
import { CheckboxField, InputField, TextAreaField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { showsInForm } from '@/components/form/server-errors';
import { TaxonomySelect } from '@/components/form/taxonomy-select';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ITEM_REGIONS } from '@/lib/taxonomy';
import { useMyExpertProfile, useUpdateMyExpertProfile } from '../api/my-expert-profile';
import type { Expert, ExpertInput } from '../api/types';

/** The expert edits their public profile (photo link, bio, expertise, region, organisation) and whether it is listed. */
export function ExpertProfileForm() {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useMyExpertProfile();
  if (isPending) return <p role="status">{t('experts.loading')}</p>;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return <LoadedForm expert={data} />;
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The profile as typed; its output is the request. The server checks the rules. */
const expertSchema = z
  .object({
    photoUrl: z.string(),
    bio: z.string(),
    ...modelTagFields,
    region: z.string(),
    organisation: z.string(),
    listed: z.boolean(),
  })
  .transform(
    (values): ExpertInput => ({
      ...values,
      photoUrl: orNull(values.photoUrl),
      bio: orNull(values.bio),
      region: values.region || null,
      organisation: orNull(values.organisation),
    }),
  );

function LoadedForm({ expert }: { expert: Expert }) {
  const { t } = useI18n();
  const update = useUpdateMyExpertProfile();
  const form = usePortalForm(expertSchema, {
    defaultValues: {
      photoUrl: expert.photoUrl ?? '',
      bio: expert.bio ?? '',
      ...modelTags(expert),
      region: expert.region ?? '',
      organisation: expert.organisation ?? '',
      listed: expert.listed,
    },
    serverError: update.error,
  });

  return (
    <Form
      form={form}
      onSubmit={(input) => update.mutate(input)}
      busy={update.isPending}
      summaryTitle={t('experts.profileForm.notSaved')}
    >
      <p>{t('experts.profileForm.intro')}</p>
      <p role="status">{update.isSuccess ? t('experts.profileForm.saved') : ''}</p>
      {update.error && !showsInForm(update.error) && <ErrorAlert error={update.error} />}
      <InputField name="photoUrl" label={t('experts.profileForm.photoUrl')} type="url" />
      <TextAreaField name="bio" label={t('experts.profileForm.bio')} rows={6} />
      <ModelTagGroups
        legends={{ partnerships: t('articles.form.partnerships'), aspects: t('articles.form.aspects'), sectors: t('articles.form.sectors') }}
      />
      <TaxonomySelect
        name="region"
        label={t('experts.profileForm.region')}
        facet="region"
        codes={ITEM_REGIONS}
        none={t('experts.profileForm.noRegion')}
      />
      <InputField name="organisation" label={t('experts.profileForm.organisation')} />
      <CheckboxField name="listed" label={t('experts.profileForm.listed')} hint={t('experts.profileForm.listedHint')} />
      <FormActions>
        <SubmitButton label={t('experts.profileForm.save')} busy={update.isPending} />
      </FormActions>
    </Form>
  );
}
