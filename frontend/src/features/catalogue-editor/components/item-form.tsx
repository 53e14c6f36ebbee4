import type { ReactNode } from 'react';
import { InputField, SelectField, TextAreaField } from '@/components/form/field';
import { ModelTagGroups } from '@/components/form/model-tag-groups';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { RepeatableRows } from '@/components/form/repeatable-rows';
import { TaxonomySelect } from '@/components/form/taxonomy-select';
import { usePortalForm } from '@/components/form/use-portal-form';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { CONTENT_TYPES, ITEM_REGIONS } from '@/lib/taxonomy';
import { itemSchema, type ItemContent, type ItemFormValues } from './item-schema';

interface ItemFormProps {
  initialValues: ItemFormValues;
  /** The last failed save: the fields it was refused for are shown in the summary and beside each field. */
  serverError: unknown;
  busy: boolean;
  submitLabel: string;
  onSubmit: (content: ItemContent) => void;
  /** Fields that are not part of the item's content, such as "publish at once" when creating. */
  extraFields?: ReactNode;
  /** Buttons beside the save button. */
  actions?: ReactNode;
}

export function ItemForm({ initialValues, serverError, busy, submitLabel, onSubmit, extraFields, actions }: ItemFormProps) {
  const { t } = useI18n();
  const form = usePortalForm(itemSchema, { defaultValues: initialValues, serverError });
  const required = t('editor.required');
  const atLeastOne = t('editor.atLeastOne');

  return (
    <Form form={form} onSubmit={onSubmit} busy={busy} summaryTitle={t('editor.notSaved')}>
      <TaxonomySelect name="type" label={t('editor.fields.type')} note={required} required facet="type" codes={CONTENT_TYPES} />
      <InputField name="title" label={t('editor.fields.title')} note={required} required maxLength={200} />
      <TextAreaField name="summary" label={t('editor.fields.summary')} note={required} required rows={3} hint={t('editor.hints.summary')} />
      <TextAreaField name="body" label={t('editor.fields.body')} rows={14} hint={t('editor.hints.body')} monospace />
      <ModelTagGroups
        legends={{ partnerships: t('editor.fields.partnerships'), aspects: t('editor.fields.aspects'), sectors: t('editor.fields.sectors') }}
        note={atLeastOne}
      />
      <TaxonomySelect name="region" label={t('editor.fields.region')} note={required} required facet="region" codes={ITEM_REGIONS} />
      <InputField name="organisation" label={t('editor.fields.organisation')} maxLength={200} />
      <InputField name="author" label={t('editor.fields.author')} maxLength={200} />
      <InputField name="licence" label={t('editor.fields.licence')} maxLength={100} hint={t('editor.hints.licence')} />
      <SelectField
        name="language"
        label={t('editor.fields.language')}
        note={required}
        required
        options={[
          { value: 'nl', label: t('language.nl') },
          { value: 'en', label: t('language.en') },
        ]}
      />
      <InputField name="publishedAt" label={t('editor.fields.publishedAt')} type="date" hint={t('editor.hints.publishedAt')} />
      <InputField name="externalId" label={t('editor.fields.externalId')} maxLength={100} hint={t('editor.hints.externalId')} />
      <RepeatableRows
        name="links"
        legend={t('editor.fields.links')}
        emptyText={t('editor.noLinks')}
        addLabel={t('editor.addLink')}
        removeLabel={(number) => t('editor.removeLink', { number })}
        newRow={() => ({ title: '', url: '' })}
      >
        {(index) => (
          <>
            <InputField name={`links.${index}.title`} label={t('editor.fields.linkTitle', { number: index + 1 })} />
            <InputField name={`links.${index}.url`} label={t('editor.fields.linkUrl', { number: index + 1 })} type="url" />
          </>
        )}
      </RepeatableRows>
      {extraFields}
      <FormActions>
        <SubmitButton label={submitLabel} busyLabel={t('editor.saving')} busy={busy} />
        {actions}
      </FormActions>
    </Form>
  );
}
