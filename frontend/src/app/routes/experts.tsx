import { useParams } from 'react-router';
import { AuthorArticles } from '@/features/articles/components/author-articles';
import { ExpertDirectory } from '@/features/experts/components/expert-directory';
import { ExpertProfile } from '@/features/experts/components/expert-profile';
import { pageRoute } from './page';

export const ExpertsRoute = pageRoute({ title: 'experts.title', lead: 'experts.intro' }, <ExpertDirectory />);

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
