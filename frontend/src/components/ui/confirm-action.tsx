import { useId, useRef } from 'react';
import { ErrorAlert } from './error-alert';
import styles from './confirm-action.module.css';

interface ConfirmActionProps {
  /** The button that asks for confirmation, and the dialog's texts. */
  labels: { open: string; title: string; text: string; cancel: string; confirm: string; pending: string };
  /** The action's state: a pending action cannot be confirmed twice; its error shows in the dialog. */
  pending: boolean;
  error: unknown;
  /** Called as the dialog opens, e.g. to forget a previous attempt's error. */
  onOpen?: () => void;
  /** Does the action; calls `close` once it succeeded (a failure leaves the dialog open with its error). */
  onConfirm: (close: () => void) => void;
}

/**
 * A button for an action that cannot be undone (erasing an account, withdrawing a dossier) and its confirmation: a
 * modal `<dialog>`, which keeps focus inside and closes on Escape, opened on the harmless choice; closing it returns
 * focus to the button.
 */
export function ConfirmAction({ labels, pending, error, onOpen, onConfirm }: ConfirmActionProps) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const close = () => dialog.current?.close();

  function open() {
    onOpen?.();
    dialog.current?.showModal();
    cancel.current?.focus();
  }

  return (
    <>
      <p>
        <button ref={opener} type="button" className={`button ${styles.danger}`} onClick={open}>
          {labels.open}
        </button>
      </p>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        onClose={() => opener.current?.focus()}
      >
        <div className="stack">
          <h2 id={`${id}-title`}>{labels.title}</h2>
          <p id={`${id}-text`}>{labels.text}</p>
          {error != null && <ErrorAlert error={error} />}
          <div className={styles.actions}>
            <button ref={cancel} type="button" className="button button-secondary" onClick={close}>
              {labels.cancel}
            </button>
            <button
              type="button"
              className={`button ${styles.danger}`}
              aria-disabled={pending}
              onClick={() => {
                if (!pending) onConfirm(close);
              }}
            >
              {pending ? labels.pending : labels.confirm}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
