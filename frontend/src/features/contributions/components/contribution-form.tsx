import type { ReactNode } from 'react';
import { z } from '@/lib/zod';
import { ModelTagGroups } from '@/components/form/model-tag-groups';
import { modelTagFields, modelTags } from '@/components/form/model-tags';
import { CheckboxField, InputField, RadioGroup, TextAreaField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { TaxonomySelect } from '@/components/form/taxonomy-select';
import { usePortalForm } from '@/components/form/use-portal-form';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ITEM_REGIONS } from '@/lib/taxonomy';
import { CONTRIBUTION_TYPES, type Contribution, type ContributionInput } from '../api/types';

const optional = (value: string) => (value.trim() === '' ? null : value);

/** The contribution form; its output is the request body. The server checks the rules (some only on submitting). */
const contributionSchema = z
  .object({
    type: z.enum(CONTRIBUTION_TYPES),
    title: z.string().trim().min(1, 'contributions.form.titleRequired'),
    summary: z.string(),
    context: z.string(),
    approach: z.string(),
    result: z.string(),
    tips: z.string(),
    ...modelTagFields,
    region: z.string(),
    organisation: z.string(),
    showName: z.boolean(),
  })
  .transform(
    (values): ContributionInput => ({
      type: values.type,
      title: values.title,
      summary: optional(values.summary),
      context: optional(values.context),
      approach: optional(values.approach),
      result: optional(values.result),
      tips: optional(values.tips),
      ...modelTags(values),
      region: optional(values.region),
      organisation: optional(values.organisation),
      showName: values.showName,
    }),
  );

export type ContributionFormValues = z.input<typeof contributionSchema>;

export function emptyContributionValues(): ContributionFormValues {
  return {
    type: 'PRACTICE_EXAMPLE',
    title: '',
    summary: '',
    context: '',
    approach: '',
    result: '',
    tips: '',
    ...modelTags(),
    region: '',
    organisation: '',
    showName: false,
  };
}

export function contributionValues(contribution: Contribution): ContributionFormValues {
  return {
    type: contribution.type,
    title: contribution.title,
    summary: contribution.summary ?? '',
    context: contribution.context ?? '',
    approach: contribution.approach ?? '',
    result: contribution.result ?? '',
    tips: contribution.tips ?? '',
    ...modelTags(contribution),
    region: contribution.region ?? '',
    organisation: contribution.organisation ?? '',
    showName: contribution.showName,
  };
}

interface ContributionFormProps {
  initialValues: ContributionFormValues;
  /** The last failed save or step: its field errors appear in the summary and beside the fields. */
  serverError: unknown;
  busy: boolean;
  onSave: (input: ContributionInput) => void;
  /** Buttons beside "save"; `submitWith(handler)` checks the form as "save" does and passes what is on screen. */
  actions?: (submitWith: (handler: (input: ContributionInput) => void) => () => void) => ReactNode;
}

/**
 * A practice example or tool along the catalogue's fields and the model, one section each for context, approach,
 * result and tips with guidance beside it, and the choice to be named.
 */
export function ContributionForm({ initialValues, serverError, busy, onSave, actions }: ContributionFormProps) {
  const { t } = useI18n();
  const form = usePortalForm(contributionSchema, { defaultValues: initialValues, serverError });
  const neededToSubmit = t('contributions.form.neededToSubmit');
  const submitWith = (handler: (input: ContributionInput) => void) => () => {
    if (!busy) void form.handleSubmit(handler, form.markFailed)();
  };
  return (
    <Form form={form} onSubmit={onSave} busy={busy} summaryTitle={t('contributions.form.notSaved')}>
      <RadioGroup
        name="type"
        legend={t('contributions.form.type')}
        options={CONTRIBUTION_TYPES.map((code) => ({ value: code, label: t(`contributions.types.${code}`) }))}
      />
      <InputField name="title" label={t('contributions.form.title')} note={t('contributions.form.required')} maxLength={200} required />
      <TextAreaField name="summary" label={t('contributions.form.summary')} note={neededToSubmit} hint={t('contributions.form.summaryHint')} rows={3} />
      <TextAreaField name="context" label={t('contributions.form.context')} note={neededToSubmit} hint={t('contributions.form.contextHint')} rows={5} />
      <TextAreaField name="approach" label={t('contributions.form.approach')} note={neededToSubmit} hint={t('contributions.form.approachHint')} rows={6} />
      <TextAreaField name="result" label={t('contributions.form.result')} hint={t('contributions.form.resultHint')} rows={4} />
      <TextAreaField name="tips" label={t('contributions.form.tips')} hint={t('contributions.form.tipsHint')} rows={4} />
      <ModelTagGroups
        legends={{ partnerships: t('contributions.form.partnerships'), aspects: t('contributions.form.aspects'), sectors: t('contributions.form.sectors') }}
        note={neededToSubmit}
      />
      <TaxonomySelect name="region" label={t('contributions.form.region')} note={neededToSubmit} facet="region" codes={ITEM_REGIONS} none={t('contributions.form.noRegion')} />
      <InputField name="organisation" label={t('contributions.form.organisation')} maxLength={200} autoComplete="organization" />
      <CheckboxField name="showName" label={t('contributions.form.showName')} hint={t('contributions.form.showNameHint')} />
      <FormActions>
        <SubmitButton label={t('contributions.form.save')} busyLabel={t('contributions.form.saving')} busy={busy} />
        {actions?.(submitWith)}
      </FormActions>
    </Form>
  );
}
