import { Link } from 'react-router';
import { ContributionCreator, ContributionEditor } from '@/features/contributions/components/contribution-editor';
import { ContributionQueue } from '@/features/contributions/components/contribution-queue';
import { ContributionReview } from '@/features/contributions/components/contribution-review';
import { MyContributions } from '@/features/contributions/components/my-contributions';
import { ModerationQueue } from '@/features/reactions/components/moderation-queue';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ownPageRoute, Page, pageRoute } from './page';

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

export const NewContributionRoute = ownPageRoute('MEMBER', 'contributions.form.newTitle', () => (
  <ContributionCreator editPath={editPath} />
));

export const EditContributionRoute = ownPageRoute('MEMBER', 'contributions.form.editTitle', (id) => (
  <ContributionEditor key={id} id={id} />
));

export const ContributionQueueRoute = pageRoute(
  { title: 'contributions.review.title', lead: 'contributions.review.intro', requiredRole: 'EDITOR' },
  <ContributionQueue reviewPath={reviewPath} />,
);

export const ContributionReviewRoute = ownPageRoute('EDITOR', 'contributions.review.title', (id) => (
  <ContributionReview key={id} id={id} queuePath="/redactie/bijdragen" />
));

export const ModerationRoute = pageRoute(
  { title: 'reactions.moderation.title', lead: 'reactions.moderation.intro', requiredRole: 'EDITOR' },
  <ModerationQueue />,
);
