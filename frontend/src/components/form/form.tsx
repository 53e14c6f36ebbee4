import { useCallback, useId, useMemo, useState, type FormEvent, type ReactNode } from 'react';
import { FormProvider, type FieldValues } from 'react-hook-form';
import { FormLayerContext, type FormLayer } from './form-context';
import { ErrorSummary } from './error-summary';
import { flattenErrors } from './server-errors';
import type { PortalForm } from './use-portal-form';
import styles from './form.module.css';

interface FormProps<Input extends FieldValues, Output> {
  form: PortalForm<Input, Output>;
  /** Called with the schema's output once it is valid; not called again while `busy`. */
  onSubmit: (values: Output) => void;
  busy?: boolean;
  /** The error summary's heading, e.g. "The item has not been saved. Please correct the following:". */
  summaryTitle: string;
  /** The label of a field that is not on screen (a row's field that only shows for some answers). */
  labelOf?: (name: string) => string | undefined;
  /** Any change to a field, e.g. to take back an earlier "saved". */
  onChange?: () => void;
  className?: string;
  children: ReactNode;
}

/**
 * A form of the portal: no browser validation bubbles (the schema and the server say what is wrong, in the reader's
 * language), an error summary first, and the fields below, each tied to its label, hint and error.
 */
export function Form<Input extends FieldValues, Output>({
  form,
  onSubmit,
  busy = false,
  summaryTitle,
  labelOf,
  onChange,
  className,
  children,
}: FormProps<Input, Output>) {
  const formId = useId();
  const [labels, setLabels] = useState<ReadonlyMap<string, string>>(new Map());
  const setLabel = useCallback((name: string, label: string | undefined) => {
    setLabels((current) => {
      if (current.get(name) === label) return current;
      const next = new Map(current);
      if (label === undefined) next.delete(name);
      else next.set(name, label);
      return next;
    });
  }, []);
  const layer = useMemo<FormLayer>(
    () => ({ fieldId: (name) => `${formId}-${name.replace(/[^\w-]/g, '-')}`, setLabel }),
    [formId, setLabel],
  );
  const { formState, handleSubmit, failedAttempts, markFailed } = form;
  const errors = flattenErrors(formState.errors, Object.keys(formState.defaultValues ?? {}));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // The button stays focusable while saving (a disabled one would drop the focus); a second press does nothing.
    if (busy) return;
    void handleSubmit(onSubmit, markFailed)(event);
  }

  return (
    <FormProvider {...form}>
      <FormLayerContext.Provider value={layer}>
        <form className={`${styles.form} ${className ?? ''}`} onSubmit={submit} onChange={onChange} noValidate aria-busy={busy}>
          <ErrorSummary
            title={summaryTitle}
            errors={errors}
            labelOf={(name) => labels.get(name) ?? labelOf?.(name) ?? name}
            fieldId={layer.fieldId}
            focusKey={failedAttempts}
          />
          {children}
        </form>
      </FormLayerContext.Provider>
    </FormProvider>
  );
}

interface SubmitButtonProps {
  label: string;
  /** Shown while saving; the label stays when absent. */
  busyLabel?: string;
  busy?: boolean;
}

/** The form's main button: focusable while saving, so keyboard users keep their place. */
export function SubmitButton({ label, busyLabel, busy = false }: SubmitButtonProps) {
  return (
    <button type="submit" className="button" aria-disabled={busy}>
      {busy && busyLabel ? busyLabel : label}
    </button>
  );
}

/** The row of buttons under a form. */
export function FormActions({ children }: { children: ReactNode }) {
  return <div className={styles.actions}>{children}</div>;
}
