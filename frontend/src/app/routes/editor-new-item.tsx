import { ItemCreator } from '@/features/catalogue-editor/components/item-creator';
import { RequireUser } from '@/features/identity/components/require-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function EditorNewItemRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('editor.newTitle'));
  return (
    <div className="stack">
      <h1>{t('editor.newTitle')}</h1>
      <RequireUser requiredRole="EDITOR">{() => <ItemCreator />}</RequireUser>
    </div>
  );
}
