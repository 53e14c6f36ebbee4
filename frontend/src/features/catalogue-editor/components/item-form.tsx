import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { toggled, useFieldErrors } from '@/hooks/use-field-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/i18n';
import type { InvalidParam } from '@/lib/problem-details';
import { ASPECTS, CONTENT_TYPES, ITEM_REGIONS, PARTNERSHIPS, SECTORS, type Facet } from '@/lib/taxonomy';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import type { EditableItem, ItemInput, ItemLink } from '../api/types';
import styles from './editor.module.css';

/** What the form holds: text as typed, so an empty field stays empty until it is sent. */
export interface ItemFormValues {
  type: string;
  title: string;
  summary: string;
  body: string;
  partnerships: string[];
  aspects: string[];
  sectors: string[];
  region: string;
  organisation: string;
  author: string;
  licence: string;
  language: string;
  publishedAt: string;
  externalId: string;
  links: ItemLink[];
}

export function emptyItemValues(): ItemFormValues {
  return {
    type: 'PRACTICE_EXAMPLE',
    title: '',
    summary: '',
    body: '',
    partnerships: [],
    aspects: [],
    sectors: [],
    region: 'NATIONAL',
    organisation: '',
    author: '',
    licence: '',
    language: 'nl',
    publishedAt: '',
    externalId: '',
    links: [],
  };
}

export function itemValues(item: EditableItem): ItemFormValues {
  return {
    type: item.type,
    title: item.title,
    summary: item.summary,
    body: item.body ?? '',
    partnerships: item.partnerships,
    aspects: item.aspects,
    sectors: item.sectors,
    region: item.region ?? '',
    organisation: item.organisation ?? '',
    author: item.author ?? '',
    licence: item.licence ?? '',
    language: item.language ?? 'nl',
    publishedAt: item.publishedAt ?? '',
    externalId: item.externalId ?? '',
    links: item.links ?? [],
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

/** The request body; `published` and `demo` are not form fields but travel with every save. */
export function toItemInput(values: ItemFormValues, flags: { published: boolean; demo: boolean }): ItemInput {
  return {
    externalId: orNull(values.externalId),
    type: values.type,
    title: values.title,
    summary: values.summary,
    body: values.body === '' ? null : values.body,
    partnerships: values.partnerships,
    aspects: values.aspects,
    sectors: values.sectors,
    region: values.region,
    organisation: orNull(values.organisation),
    author: orNull(values.author),
    links: values.links.filter((link) => link.title.trim() !== '' || link.url.trim() !== ''),
    licence: orNull(values.licence),
    language: values.language,
    publishedAt: orNull(values.publishedAt),
    ...flags,
  };
}

type FieldName = Exclude<keyof ItemFormValues, 'links'>;

const LABELS: Record<FieldName, MessageKey> = {
  type: 'editor.fields.type',
  title: 'editor.fields.title',
  summary: 'editor.fields.summary',
  body: 'editor.fields.body',
  partnerships: 'editor.fields.partnerships',
  aspects: 'editor.fields.aspects',
  sectors: 'editor.fields.sectors',
  region: 'editor.fields.region',
  organisation: 'editor.fields.organisation',
  author: 'editor.fields.author',
  licence: 'editor.fields.licence',
  language: 'editor.fields.language',
  publishedAt: 'editor.fields.publishedAt',
  externalId: 'editor.fields.externalId',
};

const FIELD_ORDER = [
  'type', 'title', 'summary', 'body', 'partnerships', 'aspects', 'sectors', 'region', 'organisation', 'author',
  'licence', 'language', 'publishedAt', 'externalId', 'links',
];

const LINK_FIELD = /^links\[(\d+)]\.(title|url)$/;

/** The form field a problem's error belongs to: `partnerships[0]` to `partnerships`, `links[1].url` stays itself. */
export function fieldKey(field: string): string {
  return LINK_FIELD.test(field) ? field : field.replace(/\[\d+].*$/, '');
}

interface ItemFormProps {
  initialValues: ItemFormValues;
  /** The fields the last save was refused for, shown in a summary and beside each field. */
  fieldErrors: InvalidParam[];
  busy: boolean;
  submitLabel: string;
  onSubmit: (values: ItemFormValues) => void;
  /** Fields that are not part of the item's content, such as "publish at once" when creating. */
  extraFields?: ReactNode;
  /** Buttons beside the save button. */
  actions?: ReactNode;
}

export function ItemForm({ initialValues, fieldErrors, busy, submitLabel, onSubmit, extraFields, actions }: ItemFormProps) {
  const { t } = useI18n();
  const id = useId();
  const [values, setValues] = useState(initialValues);
  const fieldId = (name: string) => `${id}-${name.replace(/[^\w-]/g, '-')}`;

  const { summaryRef, errors, errorOf } = useFieldErrors(fieldErrors, fieldKey);

  function set<K extends keyof ItemFormValues>(name: K, value: ItemFormValues[K]) {
    setValues((current) => ({ ...current, [name]: value }));
  }

  function toggle(name: 'partnerships' | 'aspects' | 'sectors', code: string) {
    setValues((current) => ({
      ...current,
      [name]: toggled(current[name], code),
    }));
  }

  function setLink(index: number, change: Partial<ItemLink>) {
    setValues((current) => ({
      ...current,
      links: current.links.map((link, i) => (i === index ? { ...link, ...change } : link)),
    }));
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!busy) onSubmit(values);
  }

  function summaryLabel(key: string): string {
    const link = LINK_FIELD.exec(key);
    if (link) {
      const params = { number: Number(link[1]) + 1 };
      return t(link[2] === 'url' ? 'editor.fields.linkUrl' : 'editor.fields.linkTitle', params);
    }
    return key in LABELS ? t(LABELS[key as FieldName]) : key;
  }

  function focusField(key: string) {
    const target = document.getElementById(fieldId(key)) ?? document.getElementById(`${fieldId(key)}-0`);
    target?.focus();
  }

  function describedBy(name: string, hint?: boolean): string | undefined {
    const ids = [hint ? `${fieldId(name)}-hint` : '', errors.has(name) ? `${fieldId(name)}-error` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : undefined;
  }

  function textField(name: FieldName, options: { required?: boolean; hint?: MessageKey; type?: string; maxLength?: number } = {}) {
    const error = errorOf(name);
    return (
      <div className={styles.field}>
        <label htmlFor={fieldId(name)} className={styles.label}>
          {t(LABELS[name])}
          {options.required && <span className={styles.required}> ({t('editor.required')})</span>}
        </label>
        {options.hint && (
          <p id={`${fieldId(name)}-hint`} className={styles.hint}>
            {t(options.hint)}
          </p>
        )}
        {error && <FieldError id={`${fieldId(name)}-error`} message={error} />}
        <input
          id={fieldId(name)}
          className={styles.input}
          type={options.type ?? 'text'}
          value={values[name] as string}
          required={options.required}
          maxLength={options.maxLength}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, Boolean(options.hint))}
          onChange={(event) => set(name, event.target.value)}
        />
      </div>
    );
  }

  function textArea(name: 'summary' | 'body', options: { required?: boolean; hint?: MessageKey; rows: number }) {
    const error = errorOf(name);
    return (
      <div className={styles.field}>
        <label htmlFor={fieldId(name)} className={styles.label}>
          {t(LABELS[name])}
          {options.required && <span className={styles.required}> ({t('editor.required')})</span>}
        </label>
        {options.hint && (
          <p id={`${fieldId(name)}-hint`} className={styles.hint}>
            {t(options.hint)}
          </p>
        )}
        {error && <FieldError id={`${fieldId(name)}-error`} message={error} />}
        <textarea
          id={fieldId(name)}
          className={`${styles.input} ${name === 'body' ? styles.code : ''}`}
          rows={options.rows}
          value={values[name]}
          required={options.required}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name, Boolean(options.hint))}
          onChange={(event) => set(name, event.target.value)}
        />
      </div>
    );
  }

  function select(name: 'type' | 'region' | 'language', options: { value: string; label: string }[]) {
    const error = errorOf(name);
    return (
      <div className={styles.field}>
        <label htmlFor={fieldId(name)} className={styles.label}>
          {t(LABELS[name])}
          <span className={styles.required}> ({t('editor.required')})</span>
        </label>
        {error && <FieldError id={`${fieldId(name)}-error`} message={error} />}
        <select
          id={fieldId(name)}
          className={styles.input}
          value={values[name]}
          required
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(name)}
          onChange={(event) => set(name, event.target.value)}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    );
  }

  function checkboxes(name: 'partnerships' | 'aspects' | 'sectors', facet: Facet, codes: readonly string[], required: boolean) {
    const error = errorOf(name);
    return (
      <fieldset className={styles.group} aria-describedby={error ? `${fieldId(name)}-error` : undefined}>
        <legend className={styles.label}>
          {t(LABELS[name])}
          {required && <span className={styles.required}> ({t('editor.atLeastOne')})</span>}
        </legend>
        {error && <FieldError id={`${fieldId(name)}-error`} message={error} />}
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

  // The summary lists the faults in the order of the form, whatever order the backend named them in.
  const formOrder = (key: string) => {
    const index = FIELD_ORDER.indexOf(key.startsWith('links[') ? 'links' : key);
    return index === -1 ? FIELD_ORDER.length : index;
  };
  const summaryKeys = [...errors.keys()].sort((a, b) => formOrder(a) - formOrder(b) || a.localeCompare(b));

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-busy={busy}>
      {summaryKeys.length > 0 && (
        <div ref={summaryRef} className={styles.errorSummary} role="alert" tabIndex={-1} aria-labelledby={`${id}-summary`}>
          <p id={`${id}-summary`} className={styles.errorSummaryTitle}>
            {t('editor.notSaved')}
          </p>
          <ul>
            {summaryKeys.map((key) => (
              <li key={key}>
                <a
                  href={`#${fieldId(key)}`}
                  onClick={(event) => {
                    event.preventDefault();
                    focusField(key);
                  }}
                >
                  {summaryLabel(key)}: {errorOf(key)}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {select(
        'type',
        CONTENT_TYPES.map((code) => ({ value: code, label: taxonomyLabel(t, 'type', code) })),
      )}
      {textField('title', { required: true, maxLength: 200 })}
      {textArea('summary', { required: true, rows: 3, hint: 'editor.hints.summary' })}
      {textArea('body', { rows: 14, hint: 'editor.hints.body' })}
      {checkboxes('partnerships', 'partnership', PARTNERSHIPS, true)}
      {checkboxes('aspects', 'aspect', ASPECTS, false)}
      {checkboxes('sectors', 'sector', SECTORS, true)}
      {select(
        'region',
        ITEM_REGIONS.map((code) => ({ value: code, label: taxonomyLabel(t, 'region', code) })),
      )}
      {textField('organisation', { maxLength: 200 })}
      {textField('author', { maxLength: 200 })}
      {textField('licence', { maxLength: 100, hint: 'editor.hints.licence' })}
      {select('language', [
        { value: 'nl', label: t('language.nl') },
        { value: 'en', label: t('language.en') },
      ])}
      {textField('publishedAt', { type: 'date', hint: 'editor.hints.publishedAt' })}
      {textField('externalId', { maxLength: 100, hint: 'editor.hints.externalId' })}

      <fieldset className={styles.group}>
        <legend className={styles.label}>{t('editor.fields.links')}</legend>
        {values.links.length === 0 && <p className={styles.hint}>{t('editor.noLinks')}</p>}
        <ol className={styles.links}>
          {values.links.map((link, index) => {
            const titleKey = `links[${index}].title`;
            const urlKey = `links[${index}].url`;
            const params = { number: index + 1 };
            return (
              <li key={index} className={styles.linkRow}>
                <div className={styles.field}>
                  <label htmlFor={fieldId(titleKey)} className={styles.label}>
                    {t('editor.fields.linkTitle', params)}
                  </label>
                  {errorOf(titleKey) && <FieldError id={`${fieldId(titleKey)}-error`} message={errorOf(titleKey) ?? ''} />}
                  <input
                    id={fieldId(titleKey)}
                    className={styles.input}
                    value={link.title}
                    aria-invalid={errors.has(titleKey) ? true : undefined}
                    aria-describedby={describedBy(titleKey)}
                    onChange={(event) => setLink(index, { title: event.target.value })}
                  />
                </div>
                <div className={styles.field}>
                  <label htmlFor={fieldId(urlKey)} className={styles.label}>
                    {t('editor.fields.linkUrl', params)}
                  </label>
                  {errorOf(urlKey) && <FieldError id={`${fieldId(urlKey)}-error`} message={errorOf(urlKey) ?? ''} />}
                  <input
                    id={fieldId(urlKey)}
                    className={styles.input}
                    type="url"
                    value={link.url}
                    aria-invalid={errors.has(urlKey) ? true : undefined}
                    aria-describedby={describedBy(urlKey)}
                    onChange={(event) => setLink(index, { url: event.target.value })}
                  />
                </div>
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => set('links', values.links.filter((_, i) => i !== index))}
                >
                  {t('editor.removeLink', params)}
                </button>
              </li>
            );
          })}
        </ol>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => set('links', [...values.links, { title: '', url: '' }])}
        >
          {t('editor.addLink')}
        </button>
      </fieldset>

      {extraFields}
      <div className={styles.actions}>
        {/* Not disabled while saving: a disabled button would drop the keyboard focus. */}
        <button type="submit" className="button" aria-disabled={busy}>
          {busy ? t('editor.saving') : submitLabel}
        </button>
        {actions}
      </div>
    </form>
  );
}

function FieldError({ id, message }: { id: string; message: string }) {
  const { t } = useI18n();
  return (
    <p id={id} className={styles.fieldError}>
      <span className="visually-hidden">{t('editor.errorPrefix')}</span> {message}
    </p>
  );
}
