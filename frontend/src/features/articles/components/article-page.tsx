import { AttachmentList } from '@/components/ui/attachment-list';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { isNotFound, PageNotFound } from '@/components/ui/page-states';
import { SafeHtml } from '@/components/ui/safe-html';
import { WebLinkList, webLinks } from '@/components/ui/web-links';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { formatDate } from '@/lib/format';
import { StateBadge } from '@/components/workflow/state-badge';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { RICH_TEXT_POLICY } from '@/lib/safe-html';
import type { Facet } from '@/lib/taxonomy';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import { articlePdfHref } from '../api/article-pdf';
import { useArticle } from '../api/get-article';
import type { Article } from '../api/types';
import styles from './articles.module.css';

interface ArticlePageProps {
  slug: string;
  /** The link to an expert's profile page. */
  expertPath: (slug: string) => string;
  /** Controls the page decides who sees, such as an editor's "review" link. */
  actions?: (article: Article) => ReactNode;
}

/** A published article: title, author (linking to their profile), tags, the text and its references. */
export function ArticlePage({ slug, expertPath, actions }: ArticlePageProps) {
  const { t, language } = useI18n();
  const { data: article, error, isPending, refetch } = useArticle(slug);
  useDocumentTitle(article?.title ?? t('articles.page.loading'));
  if (isPending) return <p role="status">{t('articles.page.loading')}</p>;
  if (isNotFound(error)) return <PageNotFound title={t('articles.page.notFoundTitle')} text={t('articles.page.notFound')} />;
  if (error || !article) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  const tags: [Facet, string[]][] = [
    ['partnership', article.partnerships],
    ['aspect', article.aspects],
    ['sector', article.sectors],
  ];
  const references = webLinks(article.references);
  return (
    <article className={`stack ${styles.body}`} aria-labelledby="article-title">
      <header className="stack">
        <p>
          {taxonomyLabel(t, 'type', 'PUBLICATION')}
          {article.state !== 'PUBLISHED' && (
            <>
              {' '}
              <StateBadge state={article.state} messages="articles" />
            </>
          )}
        </p>
        <h1 id="article-title">{article.title}</h1>
        {article.summary && <p className="lead">{article.summary}</p>}
        <p>
          {t('articles.page.by')}{' '}
          <Link to={expertPath(article.author.slug)} data-testid="article-author">
            {article.author.name}
          </Link>
          {article.publishedAt && (
            <>
              {' · '}
              {t('articles.page.publishedAt')} {formatDate(language, article.publishedAt)}
            </>
          )}
        </p>
        <p>{tags.flatMap(([facet, codes]) => codes.map((code) => taxonomyLabel(t, facet, code))).join(' · ')}</p>
        <p>
          <a href={articlePdfHref(article.slug, language)} type="application/pdf" download>
            {t('articles.page.downloadPdf')}
          </a>
        </p>
        {actions?.(article)}
      </header>
      {article.bodyHtml && <SafeHtml as="div" html={article.bodyHtml} policy={RICH_TEXT_POLICY} />}
      {(article.attachments ?? []).length > 0 && (
        <section aria-labelledby="article-files">
          <h2 id="article-files">{t('attachments.title')}</h2>
          <AttachmentList attachments={article.attachments ?? []} headingId="article-files" />
        </section>
      )}
      {references.length > 0 && (
        <section aria-labelledby="article-references">
          <h2 id="article-references">{t('articles.page.references')}</h2>
          <WebLinkList links={references} />
        </section>
      )}
    </article>
  );
}
