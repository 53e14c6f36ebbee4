import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { fieldErrorText } from '@/lib/problem-messages';
import { formatOf, useImportItems, type ImportFormat, type ImportReport } from '../api/import-items';
import styles from './editor.module.css';

/** Uploads an NDJSON or CSV file of items and shows what the import did, line by line for rejected lines. */
export function ItemImport() {
  const { t } = useI18n();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [format, setFormat] = useState<ImportFormat>('ndjson');
  const [missingFile, setMissingFile] = useState(false);
  const importing = useImportItems();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (importing.isPending) return;
    if (!file) {
      setMissingFile(true);
      document.getElementById(`${id}-file`)?.focus();
      return;
    }
    importing.mutate({ file, format });
  }

  return (
    <div className="stack">
      <form className={styles.form} onSubmit={submit} noValidate aria-busy={importing.isPending}>
        <div className={styles.field}>
          <label htmlFor={`${id}-file`} className={styles.label}>
            {t('editor.import.file')}
          </label>
          <p id={`${id}-file-hint`} className={styles.hint}>
            {t('editor.import.fileHint')}
          </p>
          {missingFile && (
            <p id={`${id}-file-error`} className={styles.fieldError}>
              {t('editor.import.noFile')}
            </p>
          )}
          <input
            id={`${id}-file`}
            type="file"
            accept=".ndjson,.jsonl,.json,.csv,application/x-ndjson,text/csv"
            aria-describedby={missingFile ? `${id}-file-hint ${id}-file-error` : `${id}-file-hint`}
            aria-invalid={missingFile ? true : undefined}
            onChange={(event) => {
              const chosen = event.target.files?.[0] ?? null;
              setFile(chosen);
              setMissingFile(false);
              importing.reset();
              const guessed = chosen ? formatOf(chosen.name) : undefined;
              if (guessed) setFormat(guessed);
            }}
          />
        </div>
        <fieldset className={styles.group}>
          <legend className={styles.label}>{t('editor.import.format')}</legend>
          {(['ndjson', 'csv'] as const).map((option) => (
            <div key={option} className={styles.checkboxField}>
              <input
                id={`${id}-${option}`}
                type="radio"
                name="format"
                value={option}
                checked={format === option}
                onChange={() => setFormat(option)}
              />
              <label htmlFor={`${id}-${option}`}>{t(`editor.import.${option}`)}</label>
            </div>
          ))}
        </fieldset>
        <div className={styles.actions}>
          <button type="submit" className="button" aria-disabled={importing.isPending}>
            {importing.isPending ? t('editor.import.importing') : t('editor.import.submit')}
          </button>
        </div>
      </form>
      {importing.error && <ErrorAlert error={importing.error} />}
      {importing.data && <ImportResult report={importing.data} />}
    </div>
  );
}

function ImportResult({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rows = report.rejected.flatMap((line) =>
    line.errors.length > 0 ? line.errors.map((error) => ({ line: line.line, ...error })) : [{ line: line.line, field: '', message: '' }],
  );

  useEffect(() => {
    headingRef.current?.focus();
  }, [report]);

  return (
    <section aria-labelledby="import-result-title" className="stack">
      <h2 id="import-result-title" ref={headingRef} tabIndex={-1}>
        {t('editor.import.resultTitle')}
      </h2>
      <dl className={styles.counts}>
        <div>
          <dt>{t('editor.import.created')}</dt>
          <dd>{report.created}</dd>
        </div>
        <div>
          <dt>{t('editor.import.updated')}</dt>
          <dd>{report.updated}</dd>
        </div>
        <div>
          <dt>{t('editor.import.unchanged')}</dt>
          <dd>{report.unchanged}</dd>
        </div>
        <div>
          <dt>{t('editor.import.rejected')}</dt>
          <dd>{report.rejected.length}</dd>
        </div>
      </dl>
      {rows.length === 0 ? (
        <p>{t('editor.import.allGood')}</p>
      ) : (
        <table className={styles.table}>
          <caption>{t('editor.import.rejectedCaption')}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.numeric}>
                {t('editor.import.line')}
              </th>
              <th scope="col">{t('editor.import.field')}</th>
              <th scope="col">{t('editor.import.message')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td className={styles.numeric}>{row.line}</td>
                <td>
                  <code>{row.field}</code>
                </td>
                <td>{row.message && fieldErrorText(t, row)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
