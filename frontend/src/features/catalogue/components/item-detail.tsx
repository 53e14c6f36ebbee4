import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { isNotFound, PageError, PageNotFound } from '@/components/ui/page-states';
import { useAfterFirstPaint } from '@/hooks/use-after-first-paint';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { onDemand } from '@/lib/on-demand';
import type { Facet } from '@/lib/taxonomy';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import { useItem } from '../api/get-item';
import type { Item } from '../api/types';
import { searchHref } from '../search-state';
import { DemoBadge } from './demo-badge';
import styles from './item-detail.module.css';

// Below the first screen, and with code the first screen does not need (the sanitiser, the file and link lists, the
// cards): loaded once the title and summary are shown, so that on a phone they do not share the connection and the
// processor with what the reader sees first.
const ItemContent = onDemand(() => import('./item-content'), 'ItemContent');
const RelatedItems = onDemand(() => import('./related-items'), 'RelatedItems');

interface ItemDetailProps {
  slug: string;
  /** Extra controls for the item, such as an editor's "edit" link; the page decides who sees them. */
  actions?: (item: Item) => ReactNode;
}

/** One practice example, tool or publication, and the items related to it. */
export function ItemDetail({ slug, actions }: ItemDetailProps) {
  const { t } = useI18n();
  const { data: item, error, isPending, refetch } = useItem(slug);
  useDocumentTitle(item?.title ?? t('item.title'));
  // The title, summary and facts come first; the body (sanitised again here), files, links and related items follow
  // once they are painted. What follows is below the first screen, so nothing seen moves.
  const complete = useAfterFirstPaint(Boolean(item));

  if (isPending) return <p role="status">{t('item.loading')}</p>;
  if (isNotFound(error)) {
    return (
      <PageNotFound title={t('item.notFoundTitle')} text={t('item.notFound')}>
        <p>
          <Link to="/zoeken" className="button">
            {t('item.toSearch')}
          </Link>
        </p>
      </PageNotFound>
    );
  }
  if (error || !item) return <PageError title={t('item.title')} error={error} onRetry={() => void refetch()} />;
  return (
    <div className={styles.page}>
      <article className={styles.item} aria-labelledby="item-title">
        <header className={styles.header}>
          <p className={styles.type}>
            {taxonomyLabel(t, 'type', item.type)}
            {item.demo && (
              <>
                {' '}
                <DemoBadge />
              </>
            )}
            {!item.published && <span className={styles.unpublished}>{t('item.unpublished')}</span>}
          </p>
          <h1 id="item-title" {...(item.language && item.language !== 'nl' && { lang: item.language })}>
            {item.title}
          </h1>
          <p className="lead">{item.summary}</p>
          {actions?.(item)}
        </header>
        <ItemFacts item={item} />
        {complete && <ItemContent item={item} />}
      </article>
      {/* Related items are found among published ones, for published ones (an editor may be looking at a draft). */}
      {complete && item.published && <RelatedItems slug={item.slug} />}
    </div>
  );
}

function ItemFacts({ item }: { item: Item }) {
  const { t, language } = useI18n();
  const tags: [Facet, string[], 'item.partnerships' | 'item.aspects' | 'item.sectors'][] = [
    ['partnership', item.partnerships ?? [], 'item.partnerships'],
    ['aspect', item.aspects ?? [], 'item.aspects'],
    ['sector', item.sectors ?? [], 'item.sectors'],
  ];
  return (
    <dl className={styles.facts}>
      {tags.map(([facet, codes, label]) =>
        codes.length > 0 ? (
          <div key={facet}>
            <dt>{t(label)}</dt>
            <dd>
              <ul className={styles.tags}>
                {codes.map((code) => (
                  <li key={code}>
                    <Link to={searchHref({ facets: { type: [], partnership: [], aspect: [], sector: [], region: [], [facet]: [code] } })}>
                      {taxonomyLabel(t, facet, code)}
                    </Link>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        ) : null,
      )}
      {item.region && <Fact label={t('item.region')} value={taxonomyLabel(t, 'region', item.region)} />}
      {item.organisation && <Fact label={t('item.organisation')} value={item.organisation} />}
      {item.author && <Fact label={t('item.author')} value={item.author} />}
      {item.publishedAt && <Fact label={t('item.publishedAt')} value={formatDate(language, item.publishedAt)} />}
      {item.updatedAt && <Fact label={t('item.updatedAt')} value={formatDateTime(language, item.updatedAt)} />}
      {item.licence && <Fact label={t('item.licence')} value={item.licence} />}
    </dl>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{value}</dd>
    </div>
  );
}
