import { ItemCreator } from '@/features/catalogue-editor/components/item-creator';
import { Page } from './page';

export function EditorNewItemRoute() {
  return (
    <Page title="editor.newTitle" requiredRole="EDITOR">
      <ItemCreator />
    </Page>
  );
}
