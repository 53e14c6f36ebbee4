import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useSaveSynonyms, useSynonyms } from '../api/synonyms';
import styles from './editor.module.css';

/** The synonym list, one group per line; in force for every search as soon as it is saved. */
export function SynonymsEditor() {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useSynonyms();

  return (
    <section aria-labelledby="synonyms-title" className="stack">
      <h2 id="synonyms-title">{t('editor.synonyms.title')}</h2>
      <p>{t('editor.synonyms.intro')}</p>
      {isPending && <p role="status">{t('editor.synonyms.loading')}</p>}
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && <SynonymsForm initial={data.groups} />}
    </section>
  );
}

function SynonymsForm({ initial }: { initial: string[] }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(initial.join('\n'));
  const save = useSaveSynonyms();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (save.isPending) return;
    const groups = text
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== '');
    save.mutate({ groups });
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-busy={save.isPending}>
      <div className={styles.field}>
        <label htmlFor={`${id}-groups`} className={styles.label}>
          {t('editor.synonyms.label')}
        </label>
        <p id={`${id}-hint`} className={styles.hint}>
          {t('editor.synonyms.hint')}
        </p>
        <textarea
          id={`${id}-groups`}
          className={`${styles.input} ${styles.code}`}
          rows={12}
          value={text}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setText(event.target.value);
            save.reset();
          }}
        />
      </div>
      {save.error && <ErrorAlert error={save.error} />}
      <p role="status" className={save.isSuccess ? styles.success : undefined}>
        {save.isSuccess ? t('editor.synonyms.saved', { count: save.data.groups.length }) : ''}
      </p>
      <div className={styles.actions}>
        <button type="submit" className="button" aria-disabled={save.isPending}>
          {save.isPending ? t('editor.saving') : t('editor.synonyms.save')}
        </button>
      </div>
    </form>
  );
}
