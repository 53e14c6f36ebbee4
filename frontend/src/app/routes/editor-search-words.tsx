import { SearchMisses } from '@/features/catalogue-editor/components/search-misses';
import { SynonymsEditor } from '@/features/catalogue-editor/components/synonyms-editor';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { Page } from './page';

export function EditorSearchWordsRoute() {
  const { t } = useI18n();
  return (
    <Page title={t('editor.searchWords.title')} requiredRole="EDITOR">
      <div className="stack">
        <SearchMisses />
        <SynonymsEditor />
      </div>
    </Page>
  );
}
