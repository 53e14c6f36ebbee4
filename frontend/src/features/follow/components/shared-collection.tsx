import { ErrorAlert } from '@/components/ui/error-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useSharedCollection } from '../api/collections';
import { CollectionItems } from './collection-items';

/** A collection someone shared: its name and items, read-only, for anyone with the link. */
export function SharedCollectionView({ token }: { token: string }) {
  const { t } = useI18n();
  const { data, error, isPending } = useSharedCollection(token);
  useDocumentTitle(data?.name ?? t('follow.shared.title'));
  if (isPending) return <p role="status">{t('follow.loading')}</p>;
  if (error || !data) return <ErrorAlert error={error} />;
  return (
    <div className="stack">
      <h1>{data.name}</h1>
      <p className="lead">{t('follow.shared.intro')}</p>
      <CollectionItems items={data.items} />
    </div>
  );
}
