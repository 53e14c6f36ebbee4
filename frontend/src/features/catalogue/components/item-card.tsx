import { Link } from 'react-router';
import { Highlighted } from '@/components/ui/highlighted';
import { formatDate } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import type { SearchHit } from '../api/search-items';
import type { ItemSummary } from '../api/types';
import { DemoBadge } from './demo-badge';
import styles from './item-card.module.css';

interface ItemCardProps {
  item: ItemSummary & Partial<Pick<SearchHit, 'highlights'>>;
  /** The heading level in its list's context. */
  headingLevel?: 2 | 3;
}

/** An item in a list: its title (with the search's matches marked), kind, organisation, date, summary and tags. */
export function ItemCard({ item, headingLevel = 3 }: ItemCardProps) {
  const { t, language } = useI18n();
  const Heading = `h${headingLevel}` as const;
  const fragments = item.highlights?.body ?? [];
  const fileFragments = item.highlights?.files ?? [];
  const meta = [taxonomyLabel(t, 'type', item.type), item.organisation, formatDate(language, item.publishedAt)].filter(Boolean);

  return (
    <article className={styles.card}>
      <Heading className={styles.title}>
        <Link to={`/items/${encodeURIComponent(item.slug)}`}>
          {item.highlights?.title ? <Highlighted highlight={item.highlights.title} /> : item.title}
        </Link>
      </Heading>
      <p className={styles.meta}>
        {meta.join(' · ')}
        {item.demo && (
          <>
            {' '}
            <DemoBadge />
          </>
        )}
      </p>
      <p>{item.summary}</p>
      {fragments.length > 0 && (
        <ul className={styles.fragments} aria-label={t('search.fragments')}>
          {fragments.map((fragment, index) => (
            <li key={index}>
              …<Highlighted highlight={fragment} />…
            </li>
          ))}
        </ul>
      )}
      {fileFragments.length > 0 && (
        <ul className={styles.fragments} aria-label={t('search.fileFragments')}>
          {fileFragments.map((fragment, index) => (
            <li key={index}>
              <span className={styles.source}>{t('search.fileFragments')}:</span> …<Highlighted highlight={fragment} />…
            </li>
          ))}
        </ul>
      )}
      <ul className={styles.tags} aria-label={t('item.tags')}>
        {(item.partnerships ?? []).map((code) => (
          <li key={`p-${code}`}>{taxonomyLabel(t, 'partnership', code)}</li>
        ))}
        {(item.aspects ?? []).map((code) => (
          <li key={`a-${code}`}>{taxonomyLabel(t, 'aspect', code)}</li>
        ))}
        {(item.sectors ?? []).map((code) => (
          <li key={`s-${code}`}>{taxonomyLabel(t, 'sector', code)}</li>
        ))}
      </ul>
    </article>
  );
}
