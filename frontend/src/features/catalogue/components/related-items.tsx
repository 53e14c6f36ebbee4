import { useI18n } from '@/lib/i18n/i18n-provider';
import { useRelatedItems } from '../api/get-related-items';
import { ItemCard } from './item-card';
import styles from './related-items.module.css';

/** Items like this one, by text and shared tags. Says nothing when there are none or they cannot be fetched. */
export function RelatedItems({ slug }: { slug: string }) {
  const { t } = useI18n();
  const { data: items } = useRelatedItems(slug);
  if (!items || items.length === 0) return null;
  return (
    <section aria-labelledby="related-title" className="stack">
      <h2 id="related-title">{t('item.related')}</h2>
      <ul className={styles.list}>
        {items.map((item) => (
          <li key={item.id}>
            <ItemCard item={item} />
          </li>
        ))}
      </ul>
    </section>
  );
}
