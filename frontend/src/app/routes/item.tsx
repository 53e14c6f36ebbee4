import { Link, Navigate, useParams } from 'react-router';
import { useItem } from '@/features/catalogue/api/get-item';
import { ItemDetail } from '@/features/catalogue/components/item-detail';
import { hasRole, useCurrentUser } from '@/features/identity/api/get-current-user';
import { useAfterFirstPaint } from '@/hooks/use-after-first-paint';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { onDemand } from '@/lib/on-demand';

// Below the item, loaded once the item is painted (see ItemDetail).
const AddToCollection = onDemand(() => import('@/features/follow/components/add-to-collection'), 'AddToCollection');
const ItemReactions = onDemand(() => import('@/features/reactions/components/item-reactions'), 'ItemReactions');
const MatchingExperts = onDemand(() => import('@/features/experts/components/matching-experts'), 'MatchingExperts');

/** Published expert articles are catalogue items too (externalId "article:<slug>"); their home is the article page. */
const ARTICLE_SOURCE = 'article:';

export function ItemRoute() {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  const { data: user } = useCurrentUser();
  const { data: item } = useItem(slug);
  const painted = useAfterFirstPaint(Boolean(item));
  if (item?.externalId?.startsWith(ARTICLE_SOURCE)) {
    return <Navigate replace to={`/artikelen/${encodeURIComponent(item.externalId.slice(ARTICLE_SOURCE.length))}`} />;
  }
  return (
    <div className="stack">
      <ItemDetail
        key={slug}
        slug={slug}
        {...(hasRole(user, 'EDITOR') && {
          actions: (item) => (
            <p>
              <Link to={`/redactie/items/${encodeURIComponent(item.id)}`} className="button button-secondary">
                {t('item.edit')}
              </Link>
            </p>
          ),
        })}
      />
      {painted && user && item?.published && <AddToCollection key={`collect-${item.id}`} itemId={item.id} />}
      {painted && item?.published && <ItemReactions key={`reactions-${item.id}`} itemId={item.id} loggedIn={Boolean(user)} />}
      {painted && item?.published && (
        <MatchingExperts
          key={`experts-${slug}`}
          tags={{ partnerships: item.partnerships, aspects: item.aspects, sectors: item.sectors }}
        />
      )}
    </div>
  );
}
