import { ItemCreator } from '@/features/catalogue-editor/components/item-creator';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { Page } from './page';

export function EditorNewItemRoute() {
  const { t } = useI18n();
  return (
    <Page title={t('editor.newTitle')} requiredRole="EDITOR">
      <ItemCreator />
    </Page>
  );
}
