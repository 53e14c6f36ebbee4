import { useRef, type ReactNode } from 'react';
import { useFieldArray, useFormContext, type FieldValues } from 'react-hook-form';
import styles from './form.module.css';

interface RepeatableRowsProps<Row extends FieldValues> {
  /** A list of objects in the form's values (links, references, questions). */
  name: string;
  legend: string;
  /** Said when there are no rows yet. */
  emptyText?: string;
  addLabel: string;
  /** At most this many rows: the add button then stays in its place (so the focus can return to it) but adds nothing. */
  max?: number;
  /** The remove button's label for a row, numbered from 1, so it says which row it removes; none without it. */
  removeLabel?: (number: number) => string;
  newRow: () => Row;
  /** The fields of row `index`, named `${name}.${index}.<field>`. */
  children: (index: number) => ReactNode;
}

/**
 * Rows of fields to add and remove. Adding moves the focus to the new row's first field; removing moves it to the
 * add button, so the keyboard never falls back to the top of the page.
 */
export function RepeatableRows<Row extends FieldValues>({
  name,
  legend,
  emptyText,
  addLabel,
  max = Infinity,
  removeLabel,
  newRow,
  children,
}: RepeatableRowsProps<Row>) {
  const { control } = useFormContext();
  // keyName: rows may have an `id` of their own (event questions), which the generated key must not hide.
  const { fields, append, remove } = useFieldArray({ control, name, keyName: 'rowKey' });
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <fieldset className={styles.group}>
      <legend className={styles.label}>{legend}</legend>
      {fields.length === 0 && emptyText && <p className={styles.hint}>{emptyText}</p>}
      {fields.length > 0 && (
        <ol className={styles.rows}>
          {fields.map((row, index) => (
            <li key={row.rowKey} className={styles.row}>
              {children(index)}
              {removeLabel && (
                <button
                  type="button"
                  className="button button-secondary"
                  onClick={() => {
                    remove(index);
                    addButton.current?.focus();
                  }}
                >
                  {removeLabel(index + 1)}
                </button>
              )}
            </li>
          ))}
        </ol>
      )}
      <button
        ref={addButton}
        type="button"
        className="button button-secondary"
        aria-disabled={fields.length >= max || undefined}
        onClick={() => {
          if (fields.length < max) append(newRow());
        }}
      >
        {addLabel}
      </button>
    </fieldset>
  );
}
