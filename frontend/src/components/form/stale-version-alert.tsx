import { useLayoutEffect, useRef } from 'react';
import styles from './form.module.css';

interface StaleVersionAlertProps {
  title: string;
  text: string;
  reloadLabel: string;
  /** Loads the newest version; absent where the page cannot reload (the banner still explains). */
  onReload?: () => void;
}

/** A save refused with 412: someone else saved in between. Takes the focus so the person reads it first. */
export function StaleVersionAlert({ title, text, reloadLabel, onReload }: StaleVersionAlertProps) {
  const ref = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <div ref={ref} className={styles.errorSummary} role="alert" tabIndex={-1}>
      <p className={styles.errorSummaryTitle}>{title}</p>
      <p>{text}</p>
      {onReload && (
        <button type="button" className="button button-secondary" onClick={onReload}>
          {reloadLabel}
        </button>
      )}
    </div>
  );
}
