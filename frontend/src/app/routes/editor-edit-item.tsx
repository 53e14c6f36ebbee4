import { useParams } from 'react-router';
import { ItemEditor } from '@/features/catalogue-editor/components/item-editor';
import { RequireEditor } from '@/features/catalogue-editor/components/require-editor';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function EditorEditItemRoute() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  return (
    <RequireEditor heading={t('editor.editTitle')}>
      <ItemEditor key={id} id={id} />
    </RequireEditor>
  );
}
