import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { showsInForm } from '@/components/form/server-errors';
import formStyles from '@/components/form/form.module.css';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useCreateItem } from '../api/save-item';
import type { EditorLocationState } from './item-editor';
import { ItemForm } from './item-form';
import { emptyItemValues } from './item-schema';

/** A new item; once saved, the editor continues on its edit page. */
export function ItemCreator() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateItem();
  const publishId = useId();
  const [publish, setPublish] = useState(true);

  return (
    <div className="stack">
      {create.error && !showsInForm(create.error) && <ErrorAlert error={create.error} />}
      <ItemForm
        initialValues={emptyItemValues()}
        serverError={create.error}
        busy={create.isPending}
        submitLabel={t('editor.create')}
        extraFields={
          <div className={formStyles.checkbox}>
            <input id={publishId} type="checkbox" checked={publish} onChange={(event) => setPublish(event.target.checked)} />
            <label htmlFor={publishId}>{t('editor.publishAtOnce')}</label>
          </div>
        }
        onSubmit={(content) =>
          create.mutate({ ...content, published: publish, demo: false }, {
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
