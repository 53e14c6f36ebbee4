import { useEffect, useRef } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { z } from '@/lib/zod';
import { Field, RadioGroup } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { showsInForm } from '@/components/form/server-errors';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { DescriptionList } from '@/components/ui/description-list';
import { TableHead } from '@/components/ui/table-head';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { fieldErrorText } from '@/lib/problem-messages';
import { formatOf, useImportItems, type ImportFormat, type ImportReport } from '../api/import-items';
import styles from './editor.module.css';

const importSchema = z.object({
  // The one rule checked here: the server cannot say which file is missing.
  file: z.instanceof(File).nullable().refine((file) => file !== null, 'editor.import.noFile'),
  format: z.enum(['ndjson', 'csv']),
});

/** Uploads an NDJSON or CSV file of items and shows what the import did, line by line for rejected lines. */
export function ItemImport() {
  const { t } = useI18n();
  const importing = useImportItems();
  const form = usePortalForm(importSchema, {
    defaultValues: { file: null, format: 'ndjson' as ImportFormat },
    serverError: importing.error,
  });

  return (
    <div className="stack">
      <Form
        form={form}
        onSubmit={({ file, format }) => importing.mutate({ file: file!, format })}
        busy={importing.isPending}
        summaryTitle={t('editor.import.notImported')}
        onChange={() => importing.reset()}
      >
        <FileField />
        <RadioGroup
          name="format"
          legend={t('editor.import.format')}
          options={(['ndjson', 'csv'] as const).map((option) => ({ value: option, label: t(`editor.import.${option}`) }))}
        />
        <FormActions>
          <SubmitButton label={t('editor.import.submit')} busyLabel={t('editor.import.importing')} busy={importing.isPending} />
        </FormActions>
      </Form>
      {importing.error && !showsInForm(importing.error) && <ErrorAlert error={importing.error} />}
      {importing.data && <ImportResult report={importing.data} />}
    </div>
  );
}

/** The file to import; choosing one also picks the format its name suggests. */
function FileField() {
  const { t } = useI18n();
  const { control, setValue } = useFormContext<z.input<typeof importSchema>>();
  const { field } = useController({ control, name: 'file' });
  return (
    <Field name="file" label={t('editor.import.file')} hint={t('editor.import.fileHint')}>
      {(props) => (
        <input
          {...props}
          ref={field.ref}
          name={field.name}
          type="file"
          accept=".ndjson,.jsonl,.json,.csv,application/x-ndjson,text/csv"
          onBlur={field.onBlur}
          onChange={(event) => {
            const chosen = event.target.files?.[0] ?? null;
            field.onChange(chosen);
            const guessed = chosen ? formatOf(chosen.name) : undefined;
            if (guessed) setValue('format', guessed);
          }}
        />
      )}
    </Field>
  );
}

function ImportResult({ report }: { report: ImportReport }) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rows = report.rejected.flatMap((line) =>
    line.errors.length > 0 ? line.errors.map((error) => ({ line: line.line, ...error })) : [{ line: line.line, field: '', message: '' }],
  );

  const mapped = Object.entries(report.mapped ?? {}).sort(([a], [b]) => a.localeCompare(b));

  useEffect(() => {
    headingRef.current?.focus();
  }, [report]);

  return (
    <section aria-labelledby="import-result-title" className="stack">
      <h2 id="import-result-title" ref={headingRef} tabIndex={-1}>
        {t('editor.import.resultTitle')}
      </h2>
      <DescriptionList
        className={styles.counts}
        entries={[
          [t('editor.import.created'), report.created],
          [t('editor.import.updated'), report.updated],
          [t('editor.import.unchanged'), report.unchanged],
          [t('editor.import.rejected'), report.rejected.length],
        ]}
      />
      {mapped.length > 0 && (
        <table className={styles.table}>
          <TableHead
            caption={t('editor.import.mappedCaption', { count: mapped.length })}
            columns={[t('editor.import.label'), t('editor.import.code')]}
          />
          <tbody>
            {mapped.map(([label, code]) => (
              <tr key={label}>
                <td>{label}</td>
                <td>
                  <code>{code}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
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
