import { useParams, useSearchParams } from 'react-router';
import { CollectionList } from '@/features/follow/components/collection-list';
import { CollectionPage } from '@/features/follow/components/collection-page';
import { SavedSearchList } from '@/features/follow/components/saved-search-list';
import { SharedCollectionView } from '@/features/follow/components/shared-collection';
import { Unsubscribe } from '@/features/follow/components/unsubscribe';
import { RequireUser } from '@/features/identity/components/require-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** What the member follows: their saved searches (with digest frequency) and their collections. */
export function FollowRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('follow.title'));
  return (
    <div className="stack">
      <h1>{t('follow.title')}</h1>
      <RequireUser>
        {() => (
          <>
            <SavedSearchList />
            <CollectionList />
          </>
        )}
      </RequireUser>
    </div>
  );
}

export function CollectionRoute() {
  const { id = '' } = useParams();
  return <RequireUser>{() => <CollectionPage key={id} id={id} />}</RequireUser>;
}

export function SharedCollectionRoute() {
  const { token = '' } = useParams();
  return <SharedCollectionView key={token} token={token} />;
}

export function UnsubscribeRoute() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  useDocumentTitle(t('follow.unsubscribe.title'));
  return (
    <div className="stack">
      <h1>{t('follow.unsubscribe.title')}</h1>
      <Unsubscribe token={params.get('token') ?? ''} />
    </div>
  );
}
