import { useState } from 'react';
import { z } from '@/lib/zod';
import { InputField, SelectField, TextAreaField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { showsInForm } from '@/components/form/server-errors';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { TableHead } from '@/components/ui/table-head';
import { Section } from '@/components/ui/section';
import { formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import { useQuestions } from '../api/get-questions';
import { useAnswerTeam, useNewRound, useSaveAction, useTeam } from '../api/teams';
import { cellKey, type ActionInput, type ActionView, type TeamView } from '../api/types';
import { reportHref } from '../api/report';
import { ResultsView } from './results-view';
import { ScanForm } from './scan-form';
import styles from './balance.module.css';

/** A team's page: the invite link, who answered, one's own answers, the team's results and history, the action plan. */
export function TeamPage({ id }: { id: string }) {
  const { t } = useI18n();
  const team = useTeam(id);
  if (team.isPending) return <p role="status">{t('balance.loading')}</p>;
  if (team.error) return <ErrorAlert error={team.error} onRetry={() => void team.refetch()} />;
  return <LoadedTeam team={team.data} />;
}

function LoadedTeam({ team }: { team: TeamView }) {
  const { t, language } = useI18n();
  const questions = useQuestions();
  const answer = useAnswerTeam(team.id);
  const newRound = useNewRound(team.id);
  const inviteLink = `${window.location.origin}/balansscan/teams/${team.id}/deelnemen?code=${team.inviteToken ?? ''}`;
  return (
    <div className="stack">
      <h1>{team.name}</h1>
      <p>
        {t('balance.team.summary', { members: team.memberCount, round: team.round, missing: team.notAnsweredCount })}
      </p>
      {team.owner && (
        <Section title={t('balance.team.inviteTitle')} intro={t('balance.team.inviteIntro')}>
          <label htmlFor="invite-link">{t('balance.team.inviteLink')}</label>
          <input id="invite-link" readOnly value={inviteLink} className={styles.invite} onFocus={(e) => e.target.select()} />
          <table className={styles.members}>
            <TableHead
              caption={t('balance.team.membersCaption')}
              columns={[t('balance.team.memberName'), t('balance.team.memberAnswered')]}
            />
            <tbody>
              {team.members.map((member) => (
                <tr key={member.id}>
                  <th scope="row">
                    {member.name}
                    {member.owner ? ` (${t('balance.team.ownerMark')})` : ''}
                  </th>
                  <td>{member.answered ? t('balance.team.answeredYes') : t('balance.team.answeredNo')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </Section>
      )}
      <Section title={t('balance.team.myAnswersTitle', { round: team.round })} intro={t('balance.team.myAnswersIntro')}>
        {questions.error && <ErrorAlert error={questions.error} onRetry={() => void questions.refetch()} />}
        {questions.data && (
          <ScanForm
            key={`${team.round}-${team.myAnswers.length}`}
            questions={questions.data}
            initial={team.myAnswers}
            submitLabel={t('balance.team.saveAnswers')}
            busy={answer.isPending}
            onSubmit={(request) => answer.mutate({ answers: request.answers })}
          />
        )}
        <div aria-live="polite">{answer.isSuccess && <p role="status">{t('balance.team.answersSaved')}</p>}</div>
        {answer.error && <ErrorAlert error={answer.error} />}
      </Section>
      <Section title={t('balance.team.resultsTitle')}>
        <ResultsView results={team.results} team level={3} />
        <p>
          <a href={reportHref('teams', team.id, language)} type="application/pdf" download>
            {t('balance.report.download')}
          </a>
        </p>
      </Section>
      <Section title={t('balance.team.historyTitle')}>
        <ul>
          {team.rounds.map((round) => (
            <li key={round.number}>
              {t('balance.team.roundLine', {
                round: round.number,
                date: formatDateTime(language, round.startedAt),
                count: round.respondents,
              })}
            </li>
          ))}
        </ul>
        {team.owner && (
          <>
            <p>{t('balance.team.newRoundIntro')}</p>
            {newRound.error && <ErrorAlert error={newRound.error} />}
            <p>
              <button type="button" className="button" onClick={() => newRound.mutate(undefined)} disabled={newRound.isPending}>
                {t('balance.team.newRound')}
              </button>
            </p>
          </>
        )}
      </Section>
      <ActionPlan team={team} />
    </div>
  );
}

function ActionPlan({ team }: { team: TeamView }) {
  const { t, language } = useI18n();
  const save = useSaveAction(team.id);
  const [formKey, setFormKey] = useState(0);
  const toggle = (action: ActionView) =>
    save.mutate({
      action,
      input: {
        partnership: action.partnership,
        aspect: action.aspect,
        text: action.text,
        ownerId: action.ownerId ?? null,
        due: action.due,
        done: !action.done,
      },
    });
  return (
    <Section title={t('balance.actions.title')}>
      {team.actions.length === 0 ? (
        <p>{t('balance.actions.none')}</p>
      ) : (
        <table className={styles.members}>
          <TableHead
            caption={t('balance.actions.caption')}
            columns={(['action', 'cell', 'owner', 'due', 'status'] as const).map((column) => t(`balance.actions.${column}`))}
          />
          <tbody>
            {team.actions.map((action) => (
              <tr key={action.id}>
                <th scope="row">{action.text}</th>
                <td>
                  {t('balance.results.cellName', {
                    partnership: taxonomyLabel(t, 'partnership', action.partnership),
                    aspect: taxonomyLabel(t, 'aspect', action.aspect),
                  })}
                </td>
                <td>{action.ownerName ?? t('balance.actions.noOwner')}</td>
                <td>{formatDate(language, action.due)}</td>
                <td>
                  {action.done ? t('balance.actions.done') : t('balance.actions.open')}{' '}
                  <button type="button" onClick={() => toggle(action)} disabled={save.isPending}>
                    {action.done
                      ? t('balance.actions.reopen', { action: action.text })
                      : t('balance.actions.markDone', { action: action.text })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h3>{t('balance.actions.addTitle')}</h3>
      <ActionForm key={formKey} team={team} onSaved={() => setFormKey((key) => key + 1)} />
    </Section>
  );
}

const actionSchema = z
  .object({
    cell: z.string().min(1, 'balance.actions.cellRequired'),
    text: z.string().trim().min(1, 'balance.actions.textRequired').max(500, 'balance.actions.textTooLong'),
    ownerId: z.string(),
    due: z.string().min(1, 'balance.actions.dueRequired'),
  })
  .transform((values): ActionInput => {
    const [partnership = '', aspect = ''] = values.cell.split('/');
    return { partnership, aspect, text: values.text, ownerId: values.ownerId || null, due: values.due };
  });

function ActionForm({ team, onSaved }: { team: TeamView; onSaved: () => void }) {
  const { t } = useI18n();
  const save = useSaveAction(team.id);
  const weakest = team.results.weakest[0];
  const form = usePortalForm(actionSchema, {
    defaultValues: { cell: weakest ? cellKey(weakest.partnership, weakest.aspect) : '', text: '', ownerId: '', due: '' },
    serverError: save.error,
    serverFieldAliases: { partnership: 'cell', aspect: 'cell' },
  });
  return (
    <Form
      form={form}
      onSubmit={(input) => save.mutate({ input }, { onSuccess: onSaved })}
      busy={save.isPending}
      summaryTitle={t('balance.actions.notSaved')}
    >
      {save.error && !showsInForm(save.error) && <ErrorAlert error={save.error} />}
      <SelectField
        name="cell"
        label={t('balance.actions.cell')}
        options={[
          { value: '', label: t('balance.actions.chooseCell') },
          ...team.results.cells.map((cell) => ({
            value: cellKey(cell.partnership, cell.aspect),
            label: t('balance.results.cellName', {
              partnership: taxonomyLabel(t, 'partnership', cell.partnership),
              aspect: taxonomyLabel(t, 'aspect', cell.aspect),
            }),
          })),
        ]}
      />
      <TextAreaField name="text" label={t('balance.actions.action')} rows={2} />
      {team.owner && (
        <SelectField
          name="ownerId"
          label={t('balance.actions.owner')}
          options={[
            { value: '', label: t('balance.actions.me') },
            ...team.members
              .filter((member) => member.id !== team.memberId)
              .map((member) => ({ value: member.id, label: member.name })),
          ]}
        />
      )}
      <InputField name="due" type="date" label={t('balance.actions.due')} />
      <FormActions>
        <SubmitButton label={t('balance.actions.add')} busy={save.isPending} />
      </FormActions>
    </Form>
  );
}
