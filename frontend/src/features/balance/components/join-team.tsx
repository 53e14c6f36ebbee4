import { useNavigate } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useJoinTeam } from '../api/teams';

/** The invite link's page: the colleague confirms and joins the team. */
export function JoinTeam({ id, code }: { id: string; code: string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const join = useJoinTeam(id);
  return (
    <div className="stack">
      <p>{t('balance.join.intro')}</p>
      {join.error && <ErrorAlert error={join.error} />}
      <p>
        <button
          type="button"
          className="button"
          disabled={join.isPending || code === ''}
          onClick={() => join.mutate(code, { onSuccess: (team) => void navigate(`/balansscan/teams/${team.id}`) })}
        >
          {t('balance.join.button')}
        </button>
      </p>
    </div>
  );
}
