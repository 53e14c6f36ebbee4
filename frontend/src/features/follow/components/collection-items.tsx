import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { CollectionItem } from '../api/collections';
import styles from './follow.module.css';

/** A collection's items, each a link to its page with its summary; the owner's page adds a button per item. */
export function CollectionItems({ items, action }: { items: CollectionItem[]; action?: (item: CollectionItem) => ReactNode }) {
  const { t } = useI18n();
  if (items.length === 0) return <p>{t('follow.collection.empty')}</p>;
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <li key={item.id} className={styles.row}>
          <Link to={`/items/${encodeURIComponent(item.slug)}`}>{item.title}</Link>
          <p className={styles.meta}>{item.summary}</p>
          {action?.(item)}
        </li>
      ))}
    </ul>
  );
}
