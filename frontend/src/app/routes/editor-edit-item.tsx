import { useParams } from 'react-router';
import { ItemEditor } from '@/features/catalogue-editor/components/item-editor';
import { hasRole, useCurrentUser } from '@/features/identity/api/get-current-user';
import { RequireUser } from '@/features/identity/components/require-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function EditorEditItemRoute() {
  const { id = '' } = useParams();
  const { data: user } = useCurrentUser();
  // The editor titles the page with the item's name; until it can, this page says what it is for.
  return hasRole(user, 'EDITOR') ? <ItemEditor key={id} id={id} /> : <EditItemGate />;
}

function EditItemGate() {
  const { t } = useI18n();
  useDocumentTitle(t('editor.editTitle'));
  return (
    <div className="stack">
      <h1>{t('editor.editTitle')}</h1>
      <RequireUser requiredRole="EDITOR">{() => null}</RequireUser>
    </div>
  );
}
