import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { articlePdfHref } from '../api/article-pdf';
import { useArticle } from '../api/get-article';

interface ArticleLinksProps {
  slug: string;
  articlePath: (slug: string) => string;
}

/**
 * Links to one article, to read and to download as a PDF, for a page that refers to it; nothing while it loads or
 * when there is no such published article (a portal without the demo content).
 */
export function ArticleLinks({ slug, articlePath }: ArticleLinksProps) {
  const { t, language } = useI18n();
  const { data: article } = useArticle(slug);
  if (!article) return null;
  return (
    <ul>
      <li>
        <Link to={articlePath(article.slug)}>{t('articles.download.read', { title: article.title })}</Link>
      </li>
      <li>
        <a href={articlePdfHref(article.slug, language)} type="application/pdf" download>
          {t('articles.download.pdf')}
        </a>
      </li>
    </ul>
  );
}
