import { useNavigate } from 'react-router';
import { InputField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { showsInForm } from '@/components/form/server-errors';
import { TaxonomySelect } from '@/components/form/taxonomy-select';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { REGIONS, SECTORS } from '@/lib/taxonomy';
import { z } from '@/lib/zod';
import { useApply } from '../api/dossiers';
import type { SchoolApplication } from '../api/types';

const required = z.string().trim().min(1, 'problems.fields.required');

/** The school as typed; its output is the request. The server checks the codes and lengths again. */
export const applicationSchema = z
  .object({
    name: required.max(200, 'problems.fields.fallback'),
    brin: required.max(40, 'problems.fields.fallback'),
    place: required.max(100, 'problems.fields.fallback'),
    province: required,
    sector: required,
    organisation: z.string().max(200, 'problems.fields.fallback'),
  })
  .transform(
    (values): SchoolApplication => ({
      ...values,
      organisation: values.organisation.trim() === '' ? null : values.organisation.trim(),
    }),
  );

/** A school contact registers a school; on success the new dossier opens. */
export function ApplyForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const apply = useApply();
  const form = usePortalForm(applicationSchema, {
    defaultValues: { name: '', brin: '', place: '', province: '', sector: '', organisation: '' },
    serverError: apply.error,
  });
  return (
    <Form
      form={form}
      onSubmit={(input) =>
        apply.mutate(input, { onSuccess: (dossier) => void navigate(`/mijn-isop/${encodeURIComponent(dossier.id)}`) })
      }
      busy={apply.isPending}
      summaryTitle={t('isop.form.notSaved')}
    >
      {apply.error && !showsInForm(apply.error) && <ErrorAlert error={apply.error} />}
      <InputField name="name" label={t('isop.form.name')} required autoComplete="organization" />
      <InputField name="brin" label={t('isop.form.brin')} required />
      <InputField name="place" label={t('isop.form.place')} required autoComplete="address-level2" />
      <TaxonomySelect
        name="province"
        label={t('isop.province')}
        facet="region"
        codes={REGIONS}
        none={t('isop.form.chooseProvince')}
        required
      />
      <TaxonomySelect
        name="sector"
        label={t('isop.sector')}
        facet="sector"
        codes={SECTORS}
        none={t('isop.form.chooseSector')}
        required
      />
      <InputField name="organisation" label={t('isop.form.organisation')} hint={t('isop.form.organisationHint')} />
      <FormActions>
        <SubmitButton label={t('isop.form.submit')} busy={apply.isPending} />
      </FormActions>
    </Form>
  );
}
