import { useParams } from 'react-router';
import { ItemEditor } from '@/features/catalogue-editor/components/item-editor';
import { hasRole, useCurrentUser } from '@/features/identity/api/get-current-user';
import { Page } from './page';

export function EditorEditItemRoute() {
  const { id = '' } = useParams();
  const { data: user } = useCurrentUser();
  // The editor titles the page with the item's name; until it can, this page says what it is for.
  return hasRole(user, 'EDITOR') ? <ItemEditor key={id} id={id} /> : <EditItemGate />;
}

function EditItemGate() {
  return <Page title="editor.editTitle" requiredRole="EDITOR" />;
}
