import { ItemImport } from '@/features/catalogue-editor/components/item-import';
import { pageRoute } from './page';

export const EditorImportRoute = pageRoute(
  { title: 'editor.import.title', lead: 'editor.import.intro', requiredRole: 'EDITOR' },
  <ItemImport />,
);
