import { ItemCreator } from '@/features/catalogue-editor/components/item-creator';
import { pageRoute } from './page';

export const EditorNewItemRoute = pageRoute({ title: 'editor.newTitle', requiredRole: 'EDITOR' }, <ItemCreator />);
