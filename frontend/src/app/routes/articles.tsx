import { Link, useParams } from 'react-router';
import { ArticleCreator, ArticleEditor } from '@/features/articles/components/article-editor';
import { ArticlePage } from '@/features/articles/components/article-page';
import { ArticleReview } from '@/features/articles/components/article-review';
import { MyArticles } from '@/features/articles/components/my-articles';
import { ReviewQueue } from '@/features/articles/components/review-queue';
import { useMyExpertProfile } from '@/features/experts/api/my-expert-profile';
import { ExpertProfileForm } from '@/features/experts/components/expert-profile-form';
import { hasRole, useCurrentUser } from '@/features/identity/api/get-current-user';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ownPageRoute, Page, pageRoute } from './page';

const editPath = (id: string) => `/mijn-artikelen/${encodeURIComponent(id)}`;
const reviewPath = (id: string) => `/redactie/artikelen/${encodeURIComponent(id)}`;
const expertPath = (slug: string) => `/experts/${encodeURIComponent(slug)}`;

/** The expert's dashboard: their articles by state, and links to write one and to their profile. */
export function MyArticlesRoute() {
  const { t } = useI18n();
  return (
    <Page title="articles.mine.title" lead="articles.mine.intro" requiredRole="EXPERT">
      <p>
        <Link to="/mijn-artikelen/nieuw" className="button">
          {t('articles.mine.newArticle')}
        </Link>{' '}
        <Link to="/mijn-artikelen/profiel" className="button button-secondary">
          {t('articles.mine.editProfile')}
        </Link>{' '}
        <OwnProfileLink />
      </p>
      <MyArticles editPath={editPath} />
    </Page>
  );
}

function OwnProfileLink() {
  const { t } = useI18n();
  const { data } = useMyExpertProfile();
  // An unlisted profile has no public page.
  return data?.listed ? <Link to={expertPath(data.slug)}>{t('articles.mine.viewProfile')}</Link> : null;
}

export const NewArticleRoute = ownPageRoute('EXPERT', 'articles.form.newTitle', () => (
  <ArticleCreator editPath={editPath} />
));

export const EditArticleRoute = ownPageRoute('EXPERT', 'articles.form.editTitle', (id) => (
  <ArticleEditor key={id} id={id} />
));

export const ExpertProfileEditRoute = pageRoute(
  { title: 'experts.profileForm.title', requiredRole: 'EXPERT' },
  <ExpertProfileForm />,
);

export const ReviewQueueRoute = pageRoute(
  { title: 'articles.review.title', lead: 'articles.review.intro', requiredRole: 'EDITOR' },
  <ReviewQueue reviewPath={reviewPath} />,
);

export const ArticleReviewRoute = ownPageRoute('EDITOR', 'articles.review.title', (id) => (
  <ArticleReview key={id} id={id} queuePath="/redactie/artikelen" />
));

export function ArticleRoute() {
  const { t } = useI18n();
  const { slug = '' } = useParams();
  const { data: user } = useCurrentUser();
  return (
    <ArticlePage
      key={slug}
      slug={slug}
      expertPath={expertPath}
      actions={(article) =>
        hasRole(user, 'EDITOR') ? (
          <p>
            <Link to={reviewPath(article.id)} className="button button-secondary">
              {t('articles.page.review')}
            </Link>
          </p>
        ) : article.editable ? (
          <p>
            <Link to={editPath(article.id)} className="button button-secondary">
              {t('articles.page.edit')}
            </Link>
          </p>
        ) : null
      }
    />
  );
}
