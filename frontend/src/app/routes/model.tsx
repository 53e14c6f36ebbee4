import { ArticleLinks } from '@/features/articles/components/article-links';
import { ModelNavigator } from '@/features/catalogue/components/model-navigator';
import { ModelOverview } from '@/features/partnership-model/components/model-overview';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** The demo expert's article explaining the model (backend `DemoArticles`), found by the slug its title gives. */
export const MODEL_ARTICLE_SLUG = 'het-model-van-de-vijf-partnerschappen';

const articlePath = (slug: string) => `/artikelen/${encodeURIComponent(slug)}`;

export function ModelRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('modelPage.title'));
  return (
    <ModelOverview
      grid={<ModelNavigator />}
      article={<ArticleLinks slug={MODEL_ARTICLE_SLUG} articlePath={articlePath} />}
    />
  );
}
