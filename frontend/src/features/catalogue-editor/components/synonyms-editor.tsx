import { z } from '@/lib/zod';
import { TextAreaField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { showsInForm } from '@/components/form/server-errors';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { QuerySection } from '@/components/ui/query-section';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useSaveSynonyms, useSynonyms } from '../api/synonyms';
import styles from './editor.module.css';

/** The synonym list, one group per line; in force for every search as soon as it is saved. */
export function SynonymsEditor() {
  const synonyms = useSynonyms();
  return (
    <QuerySection
      title="editor.synonyms.title"
      intro="editor.synonyms.intro"
      loading="editor.synonyms.loading"
      query={synonyms}
    >
      {synonyms.data && <SynonymsForm initial={synonyms.data.groups} />}
    </QuerySection>
  );
}

/** One group per line as typed; the output drops blank lines and the spaces around each group. */
const synonymsSchema = z.object({ groups: z.string() }).transform(({ groups }) => ({
  groups: groups
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== ''),
}));

function SynonymsForm({ initial }: { initial: string[] }) {
  const { t } = useI18n();
  const save = useSaveSynonyms();
  const form = usePortalForm(synonymsSchema, { defaultValues: { groups: initial.join('\n') }, serverError: save.error });

  return (
    <Form
      form={form}
      onSubmit={(synonyms) => save.mutate(synonyms)}
      busy={save.isPending}
      summaryTitle={t('editor.synonyms.notSaved')}
      onChange={() => save.reset()}
    >
      <TextAreaField name="groups" label={t('editor.synonyms.label')} hint={t('editor.synonyms.hint')} rows={12} monospace />
      {save.error && !showsInForm(save.error) && <ErrorAlert error={save.error} />}
      <p role="status" className={save.isSuccess ? styles.success : undefined}>
        {save.isSuccess ? t('editor.synonyms.saved', { count: save.data.groups.length }) : ''}
      </p>
      <FormActions>
        <SubmitButton label={t('editor.synonyms.save')} busyLabel={t('editor.saving')} busy={save.isPending} />
      </FormActions>
    </Form>
  );
}
