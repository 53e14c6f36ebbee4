import { useId, useLayoutEffect, useRef } from 'react';
import type { FormError } from './server-errors';
import styles from './form.module.css';

interface ErrorSummaryProps {
  title: string;
  errors: FormError[];
  /** The name of a field as its label says it. */
  labelOf: (name: string) => string;
  fieldId: (name: string) => string;
  /** Changes with every failed attempt: the summary takes the focus again, so the keyboard lands on what to fix. */
  focusKey: number;
}

/** What stopped a save, as links to the fields at fault; it takes the focus when a save fails. */
export function ErrorSummary({ title, errors, labelOf, fieldId, focusKey }: ErrorSummaryProps) {
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;

  // Before the browser paints, so nothing can move the focus in between.
  useLayoutEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, focusKey]);

  if (!shown) return null;
  return (
    <div ref={ref} className={styles.errorSummary} role="alert" tabIndex={-1} aria-labelledby={titleId}>
      <p id={titleId} className={styles.errorSummaryTitle}>
        {title}
      </p>
      <ul>
        {errors.map(({ name, message }) =>
          name.startsWith('root') ? (
            <li key={name}>{message}</li>
          ) : (
            <li key={name}>
              <a
                href={`#${fieldId(name)}`}
                onClick={(event) => {
                  event.preventDefault();
                  // A checkbox group has no control of its own: its first box stands for it.
                  (document.getElementById(fieldId(name)) ?? document.getElementById(`${fieldId(name)}-0`))?.focus();
                }}
              >
                {labelOf(name)}: {message}
              </a>
            </li>
          ),
        )}
      </ul>
    </div>
  );
}
