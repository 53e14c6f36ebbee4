import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ProblemError } from '@/lib/problem-details';
import { useCreateItem } from '../api/save-item';
import type { EditorLocationState } from './item-editor';
import { emptyItemValues, ItemForm, toItemInput } from './item-form';
import styles from './editor.module.css';

/** A new item; once saved, the editor continues on its edit page. */
export function ItemCreator() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateItem();
  const publishId = useId();
  const [publish, setPublish] = useState(true);
  const fieldErrors = create.error instanceof ProblemError && create.error.status === 400 ? create.error.problem.errors : [];

  return (
    <div className="stack">
      {create.error && fieldErrors.length === 0 && <ErrorAlert error={create.error} />}
      <ItemForm
        initialValues={emptyItemValues()}
        fieldErrors={fieldErrors}
        busy={create.isPending}
        submitLabel={t('editor.create')}
        extraFields={
          <div className={styles.checkboxField}>
            <input id={publishId} type="checkbox" checked={publish} onChange={(event) => setPublish(event.target.checked)} />
            <label htmlFor={publishId}>{t('editor.publishAtOnce')}</label>
          </div>
        }
        onSubmit={(values) =>
          create.mutate(toItemInput(values, { published: publish, demo: false }), {
            onSuccess: ({ item }) =>
              void navigate(`/redactie/items/${encodeURIComponent(item.id)}`, {
                state: { created: true } satisfies EditorLocationState,
              }),
          })
        }
      />
    </div>
  );
}
