import { SearchMisses } from '@/features/catalogue-editor/components/search-misses';
import { SynonymsEditor } from '@/features/catalogue-editor/components/synonyms-editor';
import { pageRoute } from './page';

export const EditorSearchWordsRoute = pageRoute(
  { title: 'editor.searchWords.title', requiredRole: 'EDITOR' },
  <div className="stack">
    <SearchMisses />
    <SynonymsEditor />
  </div>,
);
