import type { Ref } from 'react';
import styles from './form.module.css';

/** What the backend accepts as a file (`files.Attachments` checks the content, not the name). */
const ACCEPTED = '.pdf,.docx,image/png,image/jpeg,image/gif,image/webp';

interface FileInputProps {
  /** The id of the input; the hint's is derived from it. */
  id: string;
  label: string;
  hint: string;
  input: Ref<HTMLInputElement>;
}

/** A labelled file chooser with its hint, offering the types the portal stores. The caller uploads what was chosen. */
export function FileInput({ id, label, hint, input }: FileInputProps) {
  return (
    <div className={styles.field}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <p id={`${id}-hint`} className={styles.hint}>
        {hint}
      </p>
      <input ref={input} id={id} type="file" accept={ACCEPTED} aria-describedby={`${id}-hint`} />
    </div>
  );
}
