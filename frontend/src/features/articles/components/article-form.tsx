import { useId, type ReactNode } from 'react';
import { useWatch } from 'react-hook-form';
import { z } from '@/lib/zod';
import { ModelTagGroups } from '@/components/form/model-tag-groups';
import { modelTagFields, modelTags } from '@/components/form/model-tags';
import { InputField, TextAreaField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { RepeatableRows } from '@/components/form/repeatable-rows';
import { usePortalForm } from '@/components/form/use-portal-form';
import { SafeHtml } from '@/components/ui/safe-html';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { RICH_TEXT_POLICY } from '@/lib/safe-html';
import { useArticlePreview } from '../api/preview-article';
import type { Article, ArticleInput } from '../api/types';
import styles from './articles.module.css';

/** The article form; its output is the request body. The server checks the rules (some only on submitting). */
const articleSchema = z
  .object({
    title: z.string(),
    summary: z.string(),
    body: z.string(),
    ...modelTagFields,
    references: z.array(z.object({ title: z.string(), url: z.string() })),
  })
  .transform(
    (values): ArticleInput => ({
      title: values.title,
      summary: values.summary.trim() === '' ? null : values.summary,
      body: values.body === '' ? null : values.body,
      ...modelTags(values),
      references: values.references.filter((r) => r.title.trim() !== '' || r.url.trim() !== ''),
    }),
  );

export type ArticleFormValues = z.input<typeof articleSchema>;

export function emptyArticleValues(): ArticleFormValues {
  return { title: '', summary: '', body: '', ...modelTags(), references: [] };
}

export function articleValues(article: Article): ArticleFormValues {
  return {
    title: article.title,
    summary: article.summary ?? '',
    body: article.body ?? '',
    ...modelTags(article),
    references: article.references,
  };
}

interface ArticleFormProps {
  initialValues: ArticleFormValues;
  /** The last failed save or step: its field errors appear in the summary and beside the fields. */
  serverError: unknown;
  busy: boolean;
  onSave: (input: ArticleInput) => void;
  /**
   * Buttons beside "save". `submitWith(handler)` gives a click handler that checks the form as "save" does and passes
   * the article on screen to `handler` (submitting saves it first).
   */
  actions?: (submitWith: (handler: (input: ArticleInput) => void) => () => void) => ReactNode;
}

/** Title, summary, Markdown text with a live preview rendered by the server, tags and references. */
export function ArticleForm({ initialValues, serverError, busy, onSave, actions }: ArticleFormProps) {
  const { t } = useI18n();
  const previewId = useId();
  const form = usePortalForm(articleSchema, { defaultValues: initialValues, serverError });
  const body = useWatch({ control: form.control, name: 'body' });
  const preview = useArticlePreview(useDebouncedValue(body, 300));
  const neededToSubmit = t('articles.form.neededToSubmit');

  const submitWith = (handler: (input: ArticleInput) => void) => () => {
    if (!busy) void form.handleSubmit(handler, form.markFailed)();
  };

  return (
    <Form form={form} onSubmit={onSave} busy={busy} summaryTitle={t('articles.form.notSaved')}>
      <InputField name="title" label={t('articles.form.title')} note={t('articles.form.required')} maxLength={200} required />
      <TextAreaField name="summary" label={t('articles.form.summary')} note={neededToSubmit} rows={3} />
      <div className={styles.writing}>
        <TextAreaField
          name="body"
          label={t('articles.form.body')}
          note={neededToSubmit}
          hint={t('articles.form.bodyHint')}
          rows={18}
          monospace
        />
        <section aria-labelledby={previewId} className={styles.previewPane}>
          <h2 id={previewId} className={styles.previewTitle}>
            {t('articles.form.preview')}
          </h2>
          <div className={styles.preview} data-testid="article-preview">
            {body.trim() === '' ? (
              <p className={styles.muted}>{t('articles.form.previewEmpty')}</p>
            ) : (
              <SafeHtml as="div" html={preview.data?.html ?? ''} policy={RICH_TEXT_POLICY} />
            )}
          </div>
        </section>
      </div>
      <ModelTagGroups
        legends={{ partnerships: t('articles.form.partnerships'), aspects: t('articles.form.aspects'), sectors: t('articles.form.sectors') }}
        note={neededToSubmit}
      />
      <RepeatableRows
        name="references"
        legend={t('articles.form.references')}
        addLabel={t('articles.form.addReference')}
        removeLabel={(number) => t('articles.form.removeReference', { number })}
        newRow={() => ({ title: '', url: '' })}
      >
        {(index) => (
          <>
            <InputField name={`references.${index}.title`} label={t('articles.form.referenceTitle', { number: index + 1 })} />
            <InputField
              name={`references.${index}.url`}
              label={t('articles.form.referenceUrl', { number: index + 1 })}
              type="url"
            />
          </>
        )}
      </RepeatableRows>
      <FormActions>
        <SubmitButton label={t('articles.form.save')} busyLabel={t('articles.form.saving')} busy={busy} />
        {actions?.(submitWith)}
      </FormActions>
    </Form>
  );
}
