import { Link, useNavigate } from 'react-router';
import { AttachmentsField } from '@/components/form/attachments-field';
import { showsInForm } from '@/components/form/server-errors';
import { useFreshForm } from '@/components/form/use-fresh-form';
import { StateBadge } from '@/components/workflow/state-badge';
import { SubmitToEditors, useWorkflowEditor, WorkflowEditorStatus } from '@/components/workflow/workflow-editor';
import { WorkflowHistory } from '@/components/workflow/workflow-history';
import { ErrorAlert } from '@/components/ui/error-alert';
import { LoadedPage } from '@/components/ui/page-states';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useContribution } from '../api/get-contributions';
import { useContributionStep, useCreateContribution, useUpdateContribution } from '../api/save-contribution';
import type { Contribution, VersionedContribution } from '../api/types';
import { ContributionForm, contributionValues, emptyContributionValues } from './contribution-form';

/** A new contribution: the first save makes the draft, then the edit page takes over. */
export function ContributionCreator({ editPath }: { editPath: (id: string) => string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateContribution();
  useDocumentTitle(t('contributions.form.newTitle'));
  return (
    <div className="stack">
      <h1>{t('contributions.form.newTitle')}</h1>
      <p>{t('contributions.form.intro')}</p>
      {create.error && !showsInForm(create.error) && <ErrorAlert error={create.error} />}
      <ContributionForm
        initialValues={emptyContributionValues()}
        serverError={create.error}
        busy={create.isPending}
        onSave={(input) => create.mutate(input, { onSuccess: (saved) => void navigate(editPath(saved.contribution.id)) })}
      />
    </div>
  );
}

/** The author's contribution: edit, attach files and submit while it is a draft or sent back; else state and history. */
export function ContributionEditor({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useContribution(id);
  const fresh = useFreshForm(query.data?.etag, query.refetch);
  useDocumentTitle(query.data ? t('contributions.form.editTitleOf', { title: query.data.contribution.title }) : t('contributions.form.editTitle'));
  return (
    <LoadedPage query={query} loading={t('contributions.form.loading')} title={t('contributions.form.editTitle')}>
      {(data) => <LoadedEditor key={fresh.formKey} loaded={data} onReload={fresh.reload} />}
    </LoadedPage>
  );
}

function LoadedEditor({ loaded, onReload }: { loaded: VersionedContribution; onReload: () => Promise<void> }) {
  const { t } = useI18n();
  const update = useUpdateContribution(loaded.contribution.id);
  const step = useContributionStep(loaded.contribution.id);
  const editor = useWorkflowEditor({ loaded, update, step, messages: 'contributions' });
  const { contribution } = editor.current;
  const lastComment = [...contribution.history].reverse().find((entry) => entry.comment)?.comment;
  return (
    <div className="stack">
      <h1>{t('contributions.form.editTitleOf', { title: contribution.title })}</h1>
      <p>
        <StateBadge state={contribution.state} messages="contributions" />
        {contribution.catalogueSlug && (
          <>
            {' '}
            <Link to={`/items/${encodeURIComponent(contribution.catalogueSlug)}`}>{t('contributions.mine.viewItem')}</Link>
          </>
        )}
      </p>
      {contribution.state === 'CHANGES_REQUESTED' && lastComment && (
        <p>{t('contributions.mine.lastComment', { comment: lastComment })}</p>
      )}
      <WorkflowEditorStatus messages="contributions" message={editor.message} failure={editor.failure} onReload={() => void onReload()} />
      {contribution.editable && (
        <ContributionForm
          initialValues={contributionValues(loaded.contribution)}
          serverError={editor.failure}
          busy={editor.busy}
          onSave={editor.save}
          actions={(submitWith) => (
            <SubmitToEditors messages="contributions" busy={editor.busy} onClick={submitWith(editor.submit)} />
          )}
        />
      )}
      {contribution.editable && (
        <AttachmentsField<Contribution>
          attachments={contribution.attachments}
          uploadPath={`/api/contributions/${encodeURIComponent(contribution.id)}/files`}
          removePath={(fileId) => `/api/contributions/${encodeURIComponent(contribution.id)}/files/${encodeURIComponent(fileId)}`}
          onChange={(next) => editor.setCurrent({ contribution: next.data, etag: next.etag })}
        />
      )}
      {!contribution.editable && (
        <p>{t('contributions.form.notEditable', { state: t(`contributions.states.${contribution.state}`) })}</p>
      )}
      <WorkflowHistory history={contribution.history} messages="contributions" />
    </div>
  );
}
