import { AttachmentsField } from '@/components/form/attachments-field';
import { Link, useLocation, useNavigate } from 'react-router';
import { showsInForm } from '@/components/form/server-errors';
import { useFreshForm } from '@/components/form/use-fresh-form';
import { StateBadge } from '@/components/workflow/state-badge';
import { SubmitToEditors, useWorkflowEditor, WorkflowEditorStatus } from '@/components/workflow/workflow-editor';
import { WorkflowHistory } from '@/components/workflow/workflow-history';
import { ErrorAlert } from '@/components/ui/error-alert';
import { LoadedPage } from '@/components/ui/page-states';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useArticleStep, useCreateArticle, useEditableArticle, useUpdateArticle } from '../api/save-article';
import type { Article, VersionedArticle } from '../api/types';
import { ArticleForm, articleValues, emptyArticleValues } from './article-form';

/** Where the new article should open once its draft exists. */
export interface ArticleEditorState {
  created?: boolean;
}

/** A new article: the first save makes the draft, then the editor page takes over. */
export function ArticleCreator({ editPath }: { editPath: (id: string) => string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateArticle();
  useDocumentTitle(t('articles.form.newTitle'));
  return (
    <div className="stack">
      <h1>{t('articles.form.newTitle')}</h1>
      {create.error && !showsInForm(create.error) && <ErrorAlert error={create.error} />}
      <ArticleForm
        initialValues={emptyArticleValues()}
        serverError={create.error}
        busy={create.isPending}
        onSave={(input) =>
          create.mutate(input, {
            onSuccess: (saved) => void navigate(editPath(saved.article.id), { state: { created: true } }),
          })
        }
      />
    </div>
  );
}

/** The author's article: edit and submit while it is a draft or sent back, otherwise its state and history. */
export function ArticleEditor({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useEditableArticle(id);
  const fresh = useFreshForm(query.data?.etag, query.refetch);
  useDocumentTitle(query.data ? t('articles.form.editTitleOf', { title: query.data.article.title }) : t('articles.form.editTitle'));
  return (
    <LoadedPage query={query} loading={t('articles.form.loading')} title={t('articles.form.editTitle')}>
      {(data) => <LoadedArticleEditor key={fresh.formKey} loaded={data} onReload={fresh.reload} />}
    </LoadedPage>
  );
}

function LoadedArticleEditor({ loaded, onReload }: { loaded: VersionedArticle; onReload: () => Promise<void> }) {
  const { t } = useI18n();
  const location = useLocation();
  const update = useUpdateArticle(loaded.article.id);
  const step = useArticleStep(loaded.article.id);
  const editor = useWorkflowEditor({
    loaded,
    update,
    step,
    messages: 'articles',
    opening: (location.state as ArticleEditorState | null)?.created ? t('articles.form.created') : undefined,
  });
  const { article } = editor.current;

  return (
    <div className="stack">
      <h1>{t('articles.form.editTitleOf', { title: article.title })}</h1>
      <p>
        <StateBadge state={article.state} messages="articles" />
        {article.state === 'PUBLISHED' && (
          <>
            {' '}
            <Link to={`/artikelen/${encodeURIComponent(article.slug)}`}>{article.title}</Link>
          </>
        )}
      </p>
      <WorkflowEditorStatus messages="articles" message={editor.message} failure={editor.failure} onReload={() => void onReload()} />
      {article.editable ? (
        <ArticleForm
          initialValues={articleValues(loaded.article)}
          serverError={editor.failure}
          busy={editor.busy}
          onSave={editor.save}
          actions={(submitWith) => <SubmitToEditors messages="articles" busy={editor.busy} onClick={submitWith(editor.submit)} />}
        />
      ) : null}
      {article.editable && (
        <AttachmentsField<Article>
          attachments={article.attachments ?? []}
          uploadPath={`/api/articles/id/${encodeURIComponent(article.id)}/files`}
          removePath={(fileId) => `/api/articles/id/${encodeURIComponent(article.id)}/files/${encodeURIComponent(fileId)}`}
          // The article's version moved on: the form now saves over the article with its files.
          onChange={(next) => editor.setCurrent({ article: next.data, etag: next.etag })}
        />
      )}
      {article.editable ? null : (
        <p>{t('articles.form.notEditable', { state: t(`articles.states.${article.state}`) })}</p>
      )}
      <WorkflowHistory history={article.history} messages="articles" />
    </div>
  );
}
