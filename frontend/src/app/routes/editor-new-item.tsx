import { ItemCreator } from '@/features/catalogue-editor/components/item-creator';
import { RequireEditor } from '@/features/catalogue-editor/components/require-editor';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function EditorNewItemRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('editor.newTitle'));
  return (
    <div className="stack">
      <h1>{t('editor.newTitle')}</h1>
      <RequireEditor>
        <ItemCreator />
      </RequireEditor>
    </div>
  );
}
