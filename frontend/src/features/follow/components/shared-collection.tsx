import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useSharedCollection } from '../api/collections';
import styles from './follow.module.css';

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
      {data.items.length === 0 ? (
        <p>{t('follow.collection.empty')}</p>
      ) : (
        <ul className={styles.list}>
          {data.items.map((item) => (
            <li key={item.id} className={styles.row}>
              <Link to={`/items/${encodeURIComponent(item.slug)}`}>{item.title}</Link>
              <p className={styles.meta}>{item.summary}</p>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
