import type { UseMutationResult } from '@tanstack/react-query';
import { useState } from 'react';
import { isStaleVersion, showsInForm } from '@/components/form/server-errors';
import { StaleVersionAlert } from '@/components/form/stale-version-alert';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { StepVariables } from './review-decision';
import type { WorkflowMessages } from './types';
import styles from './workflow.module.css';

/** A document as the API answers it, with the ETag the next write is based on. */
export interface Versioned {
  etag: string;
}

interface WorkflowEditorOptions<V extends Versioned, I> {
  loaded: V;
  update: UseMutationResult<V, Error, { etag: string; input: I }>;
  step: UseMutationResult<V, Error, StepVariables>;
  messages: WorkflowMessages;
  /** What the status line says on opening (a draft just made). */
  opening?: string;
}

/**
 * The author's editor of a document in the workflow, the same for articles and contributions: saving over the
 * version on screen, and submitting what is on screen (save first, then submit that version). A failed submission
 * keeps the saved version, so the next save is not stale.
 */
export function useWorkflowEditor<V extends Versioned, I>({ loaded, update, step, messages, opening }: WorkflowEditorOptions<V, I>) {
  const { t } = useI18n();
  const [current, setCurrent] = useState(loaded);
  const [message, setMessage] = useState<string | undefined>(opening);
  const { etag } = current;
  const save = (input: I) => {
    setMessage(undefined);
    step.reset();
    update.mutate(
      { etag, input },
      {
        onSuccess: (next) => {
          setCurrent(next);
          setMessage(t(`${messages}.form.saved`));
        },
      },
    );
  };
  const submit = (input: I) => {
    setMessage(undefined);
    update.mutate(
      { etag, input },
      {
        onSuccess: (saved) =>
          step.mutate(
            { step: 'submit', etag: saved.etag },
            {
              onSuccess: (next) => {
                setCurrent(next);
                setMessage(t(`${messages}.form.submitted`));
              },
              onError: () => setCurrent(saved),
            },
          ),
      },
    );
  };
  return {
    current,
    setCurrent,
    message,
    save,
    submit,
    failure: update.error ?? step.error,
    busy: update.isPending || step.isPending,
  };
}

interface WorkflowEditorStatusProps {
  messages: WorkflowMessages;
  message: string | undefined;
  failure: Error | null;
  onReload: () => void;
}

/** The editor's status line, the 412 banner (saved elsewhere meanwhile) and any error the form does not show. */
export function WorkflowEditorStatus({ messages, message, failure, onReload }: WorkflowEditorStatusProps) {
  const { t } = useI18n();
  return (
    <>
      <p role="status" className={message ? styles.success : undefined}>
        {message}
      </p>
      {isStaleVersion(failure) && (
        <StaleVersionAlert
          title={t(`${messages}.form.staleTitle`)}
          text={t(`${messages}.form.staleText`)}
          reloadLabel={t(`${messages}.form.reload`)}
          onReload={onReload}
        />
      )}
      {failure && !showsInForm(failure) && <ErrorAlert error={failure} />}
    </>
  );
}

/** The form's second action: submit what is on screen to the editors. */
export function SubmitToEditors({ messages, busy, onClick }: { messages: WorkflowMessages; busy: boolean; onClick: () => void }) {
  const { t } = useI18n();
  return (
    <button type="button" className="button button-secondary" aria-disabled={busy} onClick={onClick}>
      {t(`${messages}.form.submit`)}
    </button>
  );
}
