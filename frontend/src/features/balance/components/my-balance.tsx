import { useNavigate } from 'react-router';
import { Link } from 'react-router';
import { z } from '@/lib/zod';
import { InputField } from '@/components/form/field';
import { Form, FormActions, SubmitButton } from '@/components/form/form';
import { showsInForm } from '@/components/form/server-errors';
import { usePortalForm } from '@/components/form/use-portal-form';
import { ErrorAlert } from '@/components/ui/error-alert';
import { QuerySection } from '@/components/ui/query-section';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { REGIONS } from '@/lib/taxonomy';
import { useMyScans } from '../api/scans';
import { useCreateTeam, useMyTeams } from '../api/teams';
import type { TeamInput } from '../api/types';
import { ContextFields } from './scan-form';

/** A member's saved scans and teams, and a form to start a team scan for their organisation. */
export function MyBalance() {
  const { t, language } = useI18n();
  const scans = useMyScans();
  const teams = useMyTeams();
  return (
    <div className="stack">
      <QuerySection title="balance.mine.scansTitle" loading="balance.loading" query={scans}>
        {scans.data &&
          (scans.data.scans.length === 0 ? (
            <p>
              {t('balance.mine.noScans')} <Link to="/balansscan">{t('balance.mine.tryScan')}</Link>
            </p>
          ) : (
            <ul>
              {scans.data.scans.map((scan) => (
                <li key={scan.id}>
                  <Link to={`/balansscan/scans/${scan.id}`}>
                    {t('balance.mine.scanOf', { date: formatDateTime(language, scan.savedAt) })}
                  </Link>{' '}
                  {t('balance.mine.answered', { count: scan.answered })}
                </li>
              ))}
            </ul>
          ))}
      </QuerySection>
      <QuerySection title="balance.mine.teamsTitle" loading="balance.loading" query={teams}>
        {teams.data &&
          (teams.data.teams.length === 0 ? (
            <p>{t('balance.mine.noTeams')}</p>
          ) : (
            <ul>
              {teams.data.teams.map((team) => (
                <li key={team.id}>
                  <Link to={`/balansscan/teams/${team.id}`}>{team.name}</Link>{' '}
                  {t('balance.mine.teamLine', { members: team.memberCount, round: team.round })}
                </li>
              ))}
            </ul>
          ))}
      </QuerySection>
      <section aria-labelledby="new-team-title" className="stack">
        <h2 id="new-team-title">{t('balance.team.newTitle')}</h2>
        <NewTeamForm />
      </section>
    </div>
  );
}

const teamSchema = z
  .object({
    name: z.string().trim().min(1, 'balance.team.nameRequired').max(200, 'balance.team.nameTooLong'),
    sector: z.string(),
    region: z.string(),
  })
  .transform((values): TeamInput => ({ name: values.name, sector: values.sector || null, region: values.region || null }));

function NewTeamForm() {
  const { t } = useI18n();
  const navigate = useNavigate();
  const create = useCreateTeam();
  const form = usePortalForm(teamSchema, { defaultValues: { name: '', sector: '', region: '' }, serverError: create.error });
  return (
    <Form
      form={form}
      onSubmit={(input) => create.mutate(input, { onSuccess: (team) => void navigate(`/balansscan/teams/${team.id}`) })}
      busy={create.isPending}
      summaryTitle={t('balance.team.notCreated')}
    >
      <p>{t('balance.team.newIntro')}</p>
      {create.error && !showsInForm(create.error) && <ErrorAlert error={create.error} />}
      <InputField name="name" label={t('balance.team.name')} hint={t('balance.team.nameHint')} />
      <ContextFields regions={REGIONS} />
      <FormActions>
        <SubmitButton label={t('balance.team.create')} busy={create.isPending} />
      </FormActions>
    </Form>
  );
}
