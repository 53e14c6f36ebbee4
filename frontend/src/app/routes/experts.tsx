import { useParams } from 'react-router';
import { AuthorArticles } from '@/features/articles/components/author-articles';
import { ExpertDirectory } from '@/features/experts/components/expert-directory';
import { ExpertProfile } from '@/features/experts/components/expert-profile';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

export function ExpertsRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('experts.title'));
  return (
    <div className="stack">
      <h1>{t('experts.title')}</h1>
      <p className="lead">{t('experts.intro')}</p>
      <ExpertDirectory />
    </div>
  );
}

/** An expert's public profile with their published articles. */
export function ExpertRoute() {
  const { slug = '' } = useParams();
  return (
    <div className="stack">
      <ExpertProfile key={slug} slug={slug} />
      <AuthorArticles key={`articles-${slug}`} author={slug} />
    </div>
  );
}
