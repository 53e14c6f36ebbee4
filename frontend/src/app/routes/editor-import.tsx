import { ItemImport } from '@/features/catalogue-editor/components/item-import';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { Page } from './page';

export function EditorImportRoute() {
  const { t } = useI18n();
  return (
    <Page title={t('editor.import.title')} lead={t('editor.import.intro')} requiredRole="EDITOR">
      <ItemImport />
    </Page>
  );
}
