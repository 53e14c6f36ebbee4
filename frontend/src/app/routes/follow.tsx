import { useParams, useSearchParams } from 'react-router';
import { CollectionList } from '@/features/follow/components/collection-list';
import { CollectionPage } from '@/features/follow/components/collection-page';
import { SavedSearchList } from '@/features/follow/components/saved-search-list';
import { SharedCollectionView } from '@/features/follow/components/shared-collection';
import { Unsubscribe } from '@/features/follow/components/unsubscribe';
import { RequireUser } from '@/features/identity/components/require-user';
import { Page, pageRoute } from './page';

/** What the member follows: their saved searches (with digest frequency) and their collections. */
export const FollowRoute = pageRoute(
  { title: 'follow.title', requiredRole: 'MEMBER' },
  <>
    <SavedSearchList />
    <CollectionList />
  </>,
);

export function CollectionRoute() {
  const { id = '' } = useParams();
  return <RequireUser>{() => <CollectionPage key={id} id={id} />}</RequireUser>;
}

export function SharedCollectionRoute() {
  const { token = '' } = useParams();
  return <SharedCollectionView key={token} token={token} />;
}

export function UnsubscribeRoute() {
  const [params] = useSearchParams();
  return (
    <Page title="follow.unsubscribe.title">
      <Unsubscribe token={params.get('token') ?? ''} />
    </Page>
  );
}
