import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { SafeHtml } from '@/components/ui/safe-html';
import { useDebouncedValue } from '@/hooks/use-debounced-value';
import { toggled, useFieldErrors } from '@/hooks/use-field-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/i18n';
import type { InvalidParam } from '@/lib/problem-details';
import { RICH_TEXT_POLICY } from '@/lib/safe-html';
import { ASPECTS, PARTNERSHIPS, SECTORS, type Facet } from '@/lib/taxonomy';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import { useArticlePreview } from '../api/preview-article';
import type { Article, ArticleInput, Reference } from '../api/types';
import styles from './articles.module.css';

export interface ArticleFormValues {
  title: string;
  summary: string;
  body: string;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  references: Reference[];
}

export function emptyArticleValues(): ArticleFormValues {
  return { title: '', summary: '', body: '', partnerships: [], aspects: [], sectors: [], references: [] };
}

export function articleValues(article: Article): ArticleFormValues {
  return {
    title: article.title,
    summary: article.summary ?? '',
    body: article.body ?? '',
    partnerships: article.partnerships,
    aspects: article.aspects,
    sectors: article.sectors,
    references: article.references,
  };
}

export function toArticleInput(values: ArticleFormValues): ArticleInput {
  return {
    title: values.title,
    summary: values.summary.trim() === '' ? null : values.summary,
    body: values.body === '' ? null : values.body,
    partnerships: values.partnerships,
    aspects: values.aspects,
    sectors: values.sectors,
    references: values.references.filter((r) => r.title.trim() !== '' || r.url.trim() !== ''),
  };
}

const LABELS = {
  title: 'articles.form.title',
  summary: 'articles.form.summary',
  body: 'articles.form.body',
  partnerships: 'articles.form.partnerships',
  aspects: 'articles.form.aspects',
  sectors: 'articles.form.sectors',
  references: 'articles.form.references',
} satisfies Record<string, MessageKey>;

const REFERENCE_FIELD = /^references\[(\d+)]\.(title|url)$/;

/** The form field a problem's error belongs to: `sectors[0]` to `sectors`, `references[1].url` stays itself. */
export function articleFieldKey(field: string): string {
  return REFERENCE_FIELD.test(field) ? field : field.replace(/\[\d+].*$/, '');
}

interface ArticleFormProps {
  initialValues: ArticleFormValues;
  fieldErrors: InvalidParam[];
  busy: boolean;
  onSave: (values: ArticleFormValues) => void;
  /** Buttons beside "save", given the values on screen (submitting saves them first). */
  actions?: (values: ArticleFormValues) => ReactNode;
}

/** Title, summary, Markdown text with a live preview rendered by the server, tags and references. */
export function ArticleForm({ initialValues, fieldErrors, busy, onSave, actions }: ArticleFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [values, setValues] = useState(initialValues);
  const fieldId = (name: string) => `${id}-${name.replace(/[^\w-]/g, '-')}`;
  const previewBody = useDebouncedValue(values.body, 300);
  const preview = useArticlePreview(previewBody);

  const { summaryRef, errors, errorOf } = useFieldErrors(fieldErrors, articleFieldKey);

  function set<K extends keyof ArticleFormValues>(name: K, value: ArticleFormValues[K]) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  function toggle(name: 'partnerships' | 'aspects' | 'sectors', code: string) {
    setValues((current) => ({
      ...current,
      [name]: toggled(current[name], code),
    }));
  }

  function setReference(index: number, change: Partial<Reference>) {
    set(
      'references',
      values.references.map((reference, i) => (i === index ? { ...reference, ...change } : reference)),
    );
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) onSave(values);
  }

  function label(key: string): string {
    const reference = REFERENCE_FIELD.exec(key);
    if (reference) {
      const params = { number: Number(reference[1]) + 1 };
      return t(reference[2] === 'url' ? 'articles.form.referenceUrl' : 'articles.form.referenceTitle', params);
    }
    return key in LABELS ? t(LABELS[key as keyof typeof LABELS]) : key;
  }

  function described(name: string, hint = false): string | undefined {
    const ids = [hint ? `${fieldId(name)}-hint` : '', errors.has(name) ? `${fieldId(name)}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  function fieldError(name: string) {
    const error = errorOf(name);
    return error ? (
      <p id={`${fieldId(name)}-error`} className={styles.fieldError}>
        <span className="visually-hidden">{t('articles.form.errorPrefix')}</span> {error}
      </p>
    ) : null;
  }

  function checkboxes(name: 'partnerships' | 'aspects' | 'sectors', facet: Facet, codes: readonly string[], needed: boolean) {
    return (
      <fieldset className={styles.group} aria-describedby={errors.has(name) ? `${fieldId(name)}-error` : undefined}>
        <legend className={styles.label}>
          {t(LABELS[name])}
          {needed && <span className={styles.muted}> ({t('articles.form.neededToSubmit')})</span>}
        </legend>
        {fieldError(name)}
        <ul className={styles.checkboxes}>
          {codes.map((code, index) => (
            <li key={code}>
              <input
                id={`${fieldId(name)}-${index}`}
                type="checkbox"
                checked={values[name].includes(code)}
                onChange={() => toggle(name, code)}
              />
              <label htmlFor={`${fieldId(name)}-${index}`}>{taxonomyLabel(t, facet, code)}</label>
            </li>
          ))}
        </ul>
      </fieldset>
    );
  }

  const keys = [...errors.keys()];
  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-busy={busy}>
      {keys.length > 0 && (
        <div ref={summaryRef} className={styles.errorSummary} role="alert" tabIndex={-1} aria-labelledby={`${id}-summary`}>
          <p id={`${id}-summary`} className={styles.label}>
            {t('articles.form.notSaved')}
          </p>
          <ul>
            {keys.map((key) => (
              <li key={key}>
                <a href={`#${fieldId(key)}`}>
                  {label(key)}: {errorOf(key)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <div className={styles.field}>
        <label htmlFor={fieldId('title')} className={styles.label}>
          {t('articles.form.title')} <span className={styles.muted}>({t('articles.form.required')})</span>
        </label>
        {fieldError('title')}
        <input
          id={fieldId('title')}
          className={styles.input}
          value={values.title}
          maxLength={200}
          required
          aria-invalid={errors.has('title') || undefined}
          aria-describedby={described('title')}
          onChange={(event) => set('title', event.target.value)}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={fieldId('summary')} className={styles.label}>
          {t('articles.form.summary')} <span className={styles.muted}>({t('articles.form.neededToSubmit')})</span>
        </label>
        {fieldError('summary')}
        <textarea
          id={fieldId('summary')}
          className={styles.input}
          rows={3}
          value={values.summary}
          aria-invalid={errors.has('summary') || undefined}
          aria-describedby={described('summary')}
          onChange={(event) => set('summary', event.target.value)}
        />
      </div>
      <div className={styles.writing}>
        <div className={styles.field}>
          <label htmlFor={fieldId('body')} className={styles.label}>
            {t('articles.form.body')} <span className={styles.muted}>({t('articles.form.neededToSubmit')})</span>
          </label>
          <p id={`${fieldId('body')}-hint`} className={styles.hint}>
            {t('articles.form.bodyHint')}
          </p>
          {fieldError('body')}
          <textarea
            id={fieldId('body')}
            className={`${styles.input} ${styles.code}`}
            rows={18}
            value={values.body}
            aria-invalid={errors.has('body') || undefined}
            aria-describedby={described('body', true)}
            onChange={(event) => set('body', event.target.value)}
          />
        </div>
        <section aria-labelledby={`${id}-preview`} className={styles.field}>
          <h2 id={`${id}-preview`} className={styles.label}>
            {t('articles.form.preview')}
          </h2>
          <div className={styles.preview} data-testid="article-preview">
            {values.body.trim() === '' ? (
              <p className={styles.hint}>{t('articles.form.previewEmpty')}</p>
            ) : (
              <SafeHtml as="div" html={preview.data?.html ?? ''} policy={RICH_TEXT_POLICY} />
            )}
          </div>
        </section>
      </div>
      {checkboxes('partnerships', 'partnership', PARTNERSHIPS, true)}
      {checkboxes('aspects', 'aspect', ASPECTS, false)}
      {checkboxes('sectors', 'sector', SECTORS, true)}
      <fieldset className={styles.group}>
        <legend className={styles.label}>{t('articles.form.references')}</legend>
        <ol>
          {values.references.map((reference, index) => {
            const params = { number: index + 1 };
            const titleKey = `references[${index}].title`;
            const urlKey = `references[${index}].url`;
            return (
              <li key={index} className={styles.field}>
                <label htmlFor={fieldId(titleKey)} className={styles.label}>
                  {t('articles.form.referenceTitle', params)}
                </label>
                {fieldError(titleKey)}
                <input
                  id={fieldId(titleKey)}
                  className={styles.input}
                  value={reference.title}
                  aria-invalid={errors.has(titleKey) || undefined}
                  aria-describedby={described(titleKey)}
                  onChange={(event) => setReference(index, { title: event.target.value })}
                />
                <label htmlFor={fieldId(urlKey)} className={styles.label}>
                  {t('articles.form.referenceUrl', params)}
                </label>
                {fieldError(urlKey)}
                <input
                  id={fieldId(urlKey)}
                  className={styles.input}
                  type="url"
                  value={reference.url}
                  aria-invalid={errors.has(urlKey) || undefined}
                  aria-describedby={described(urlKey)}
                  onChange={(event) => setReference(index, { url: event.target.value })}
                />
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => set('references', values.references.filter((_, i) => i !== index))}
                >
                  {t('articles.form.removeReference', params)}
                </button>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => set('references', [...values.references, { title: '', url: '' }])}
        >
          {t('articles.form.addReference')}
        </button>
      </fieldset>
      <div className={styles.actions}>
        <button type="submit" className="button" aria-disabled={busy}>
          {busy ? t('articles.form.saving') : t('articles.form.save')}
        </button>
        {actions?.(values)}
      </div>
    </form>
  );
}
