import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from 'react';
import { useFormContext, useFormState, type FieldError } from 'react-hook-form';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useFieldIds } from './form-context';
import styles from './form.module.css';

/** What a control needs to be tied to its label, hint and error. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
}

interface FieldProps {
  /** The react-hook-form path of the value (`title`, `links.0.url`). */
  name: string;
  label: string;
  /** A short word after the label, e.g. "required". */
  note?: string;
  hint?: string;
  /** A control that puts its label after it (a checkbox). */
  labelAfter?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/** The error of one field, wherever react-hook-form keeps it (`links.0.url` is nested). */
export function useFieldError(name: string): string | undefined {
  const { control } = useFormContext();
  const { errors } = useFormState({ control, name });
  let node: unknown = errors;
  for (const part of name.split('.')) node = (node as Record<string, unknown> | undefined)?.[part];
  return (node as FieldError | undefined)?.message || undefined;
}

/** The visible message beside a field; "Error:" is said to screen readers before it, the warning sign shows it. */
export function FieldErrorMessage({ id, message }: { id: string; message: string }) {
  const { t } = useI18n();
  return (
    <p id={id} className={styles.fieldError}>
      <span className="visually-hidden">{t('form.errorPrefix')}</span> {message}
    </p>
  );
}

/** A label, an optional note and hint, the field's error, and the control, tied together for screen readers. */
export function Field({ name, label, note, hint, labelAfter = false, children }: FieldProps) {
  const { id, hintId, errorId } = useFieldIds(name, label);
  const error = useFieldError(name);
  const describedBy = [hint && hintId, error && errorId].filter(Boolean).join(' ') || undefined;
  const control = children({ id, 'aria-describedby': describedBy, 'aria-invalid': error ? true : undefined });
  const labelElement = (
    <label htmlFor={id} className={labelAfter ? undefined : styles.label}>
      {label}
      {note && (
        <>
          {' '}
          <span className={styles.note}>({note})</span>
        </>
      )}
    </label>
  );
  if (labelAfter) {
    return (
      <div className={styles.field}>
        {error && <FieldErrorMessage id={errorId} message={error} />}
        <div className={styles.checkbox}>
          {control}
          {labelElement}
        </div>
        {hint && (
          <p id={hintId} className={styles.hint}>
            {hint}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className={styles.field}>
      {labelElement}
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && <FieldErrorMessage id={errorId} message={error} />}
      {control}
    </div>
  );
}

type Common = Omit<FieldProps, 'children' | 'labelAfter'>;

/** A one-line text (or date, url, number, file) field. */
export function InputField({ name, label, note, hint, ...input }: Common & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>) {
  const { register } = useFormContext();
  return (
    <Field name={name} label={label} note={note} hint={hint}>
      {(control) => <input className={styles.input} type="text" {...input} {...control} {...register(name)} />}
    </Field>
  );
}

/** A text area; `monospace` for Markdown and lists typed one per line. */
export function TextAreaField({
  name,
  label,
  note,
  hint,
  monospace = false,
  ...textarea
}: Common & { monospace?: boolean } & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'name'>) {
  const { register } = useFormContext();
  return (
    <Field name={name} label={label} note={note} hint={hint}>
      {(control) => (
        <textarea
          className={`${styles.input} ${monospace ? styles.monospace : ''}`}
          {...textarea}
          {...control}
          {...register(name)}
        />
      )}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
}

/**
 * A choice from a list. The browser's autofill is off unless asked for: it offers nothing useful for a code list, and
 * Chrome reports a field named like an autofill token (`region`) that does not say so.
 */
export function SelectField({
  name,
  label,
  note,
  hint,
  options,
  autoComplete = 'off',
  ...select
}: Common & { options: readonly Option[] } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'name'>) {
  const { register } = useFormContext();
  return (
    <Field name={name} label={label} note={note} hint={hint}>
      {(control) => (
        <select className={styles.input} autoComplete={autoComplete} {...select} {...control} {...register(name)}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** One yes/no box with its label after it. */
export function CheckboxField({ name, label, hint }: Omit<Common, 'note'>) {
  const { register } = useFormContext();
  return (
    <Field name={name} label={label} hint={hint} labelAfter>
      {(control) => <input type="checkbox" {...control} {...register(name)} />}
    </Field>
  );
}

/** One choice from a few, all visible (radio buttons). */
export function RadioGroup({ name, legend, options }: { name: string; legend: string; options: readonly Option[] }) {
  const { register } = useFormContext();
  const { id } = useFieldIds(name, legend);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.label}>{legend}</legend>
      {options.map((option, index) => (
        <div key={option.value} className={styles.checkbox}>
          <input id={`${id}-${index}`} type="radio" value={option.value} {...register(name)} />
          <label htmlFor={`${id}-${index}`}>{option.label}</label>
        </div>
      ))}
    </fieldset>
  );
}
