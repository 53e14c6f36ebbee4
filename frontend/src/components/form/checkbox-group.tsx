import { useController, useFormContext } from 'react-hook-form';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { Facet } from '@/lib/taxonomy';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import { FieldErrorMessage, useFieldError } from './field';
import { useFieldIds } from './form-context';
import styles from './form.module.css';

interface CheckboxGroupProps {
  /** A list of codes in the form's values. */
  name: string;
  legend: string;
  note?: string;
  facet: Facet;
  codes: readonly string[];
}

/** The list with the code added, or taken out when it was there; codes keep the order they were ticked in. */
export function toggled(codes: readonly string[], code: string): string[] {
  return codes.includes(code) ? codes.filter((c) => c !== code) : [...codes, code];
}

/** Taxonomy codes to tick (partnerships, aspects, sectors), labelled in the reader's language. */
export function CheckboxGroup({ name, legend, note, facet, codes }: CheckboxGroupProps) {
  const { t } = useI18n();
  const { control } = useFormContext();
  const { field } = useController({ control, name });
  const { id, errorId } = useFieldIds(name, legend);
  const error = useFieldError(name);
  const chosen = (field.value ?? []) as string[];
  return (
    <fieldset className={styles.group} aria-describedby={error ? errorId : undefined}>
      <legend className={styles.label}>
        {legend}
        {note && (
          <>
            {' '}
            <span className={styles.note}>({note})</span>
          </>
        )}
      </legend>
      {error && <FieldErrorMessage id={errorId} message={error} />}
      <div className={styles.checkboxes}>
        {codes.map((code, index) => (
          <div key={code} className={styles.checkbox}>
            <input
              id={`${id}-${index}`}
              type="checkbox"
              ref={index === 0 ? field.ref : undefined}
              checked={chosen.includes(code)}
              onChange={() => field.onChange(toggled(chosen, code))}
              onBlur={field.onBlur}
            />
            <label htmlFor={`${id}-${index}`}>{taxonomyLabel(t, facet, code)}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
