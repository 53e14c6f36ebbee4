import { Link, useParams } from 'react-router';
import { ContributionCreator, ContributionEditor } from '@/features/contributions/components/contribution-editor';
import { ContributionQueue } from '@/features/contributions/components/contribution-queue';
import { ContributionReview } from '@/features/contributions/components/contribution-review';
import { MyContributions } from '@/features/contributions/components/my-contributions';
import { hasRole, useCurrentUser } from '@/features/identity/api/get-current-user';
import { ModerationQueue } from '@/features/reactions/components/moderation-queue';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { Page, pageRoute } from './page';

const editPath = (id: string) => `/mijn-bijdragen/${encodeURIComponent(id)}`;
const reviewPath = (id: string) => `/redactie/bijdragen/${encodeURIComponent(id)}`;

/** "Mijn bijdragen": the member's contributions with their states and counts, and a link to share a new one. */
export function MyContributionsRoute() {
  const { t } = useI18n();
  return (
    <Page title="contributions.mine.title" lead="contributions.mine.intro" requiredRole="MEMBER">
      <p>
        <Link to="/mijn-bijdragen/nieuw" className="button">
          {t('contributions.mine.new')}
        </Link>
      </p>
      <MyContributions editPath={editPath} />
    </Page>
  );
}

export function NewContributionRoute() {
  const { data: user } = useCurrentUser();
  if (user) return <ContributionCreator editPath={editPath} />;
  return <Page title="contributions.form.newTitle" requiredRole="MEMBER" />;
}

export function EditContributionRoute() {
  const { id = '' } = useParams();
  const { data: user } = useCurrentUser();
  if (user) return <ContributionEditor key={id} id={id} />;
  return <Page title="contributions.form.editTitle" requiredRole="MEMBER" />;
}

export const ContributionQueueRoute = pageRoute(
  { title: 'contributions.review.title', lead: 'contributions.review.intro', requiredRole: 'EDITOR' },
  <ContributionQueue reviewPath={reviewPath} />,
);

export function ContributionReviewRoute() {
  const { id = '' } = useParams();
  const { data: user } = useCurrentUser();
  if (hasRole(user, 'EDITOR')) return <ContributionReview key={id} id={id} queuePath="/redactie/bijdragen" />;
  return <Page title="contributions.review.title" requiredRole="EDITOR" />;
}

export const ModerationRoute = pageRoute(
  { title: 'reactions.moderation.title', lead: 'reactions.moderation.intro', requiredRole: 'EDITOR' },
  <ModerationQueue />,
);
