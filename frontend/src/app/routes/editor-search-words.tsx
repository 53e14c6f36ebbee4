import { SearchMisses } from '@/features/catalogue-editor/components/search-misses';
import { SynonymsEditor } from '@/features/catalogue-editor/components/synonyms-editor';
import { Page } from './page';

export function EditorSearchWordsRoute() {
  return (
    <Page title="editor.searchWords.title" requiredRole="EDITOR">
      <div className="stack">
        <SearchMisses />
        <SynonymsEditor />
      </div>
    </Page>
  );
}
