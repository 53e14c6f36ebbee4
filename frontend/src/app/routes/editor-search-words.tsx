import { SearchMisses } from '@/features/catalogue-editor/components/search-misses';
import { SynonymsEditor } from '@/features/catalogue-editor/components/synonyms-editor';
import { RequireUser } from '@/features/identity/components/require-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function EditorSearchWordsRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('editor.searchWords.title'));
  return (
    <div className="stack">
      <h1>{t('editor.searchWords.title')}</h1>
      <RequireUser requiredRole="EDITOR">
        {() => (
          <div className="stack">
            <SearchMisses />
            <SynonymsEditor />
          </div>
        )}
      </RequireUser>
    </div>
  );
}
