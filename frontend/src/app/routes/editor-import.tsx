import { ItemImport } from '@/features/catalogue-editor/components/item-import';
import { RequireUser } from '@/features/identity/components/require-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function EditorImportRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('editor.import.title'));
  return (
    <div className="stack">
      <h1>{t('editor.import.title')}</h1>
      <RequireUser requiredRole="EDITOR">
        {() => (
          <>
            <p className="lead">{t('editor.import.intro')}</p>
            <ItemImport />
          </>
        )}
      </RequireUser>
    </div>
  );
}
