import { ItemImport } from '@/features/catalogue-editor/components/item-import';
import { Page } from './page';

export function EditorImportRoute() {
  return (
    <Page title="editor.import.title" lead="editor.import.intro" requiredRole="EDITOR">
      <ItemImport />
    </Page>
  );
}
