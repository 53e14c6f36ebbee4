import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useMyContributions } from '../api/get-contributions';

/** "Mijn bijdragen": each contribution with its state, and once published how often it was read and saved. */
export function MyContributions({ editPath }: { editPath: (id: string) => string }) {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useMyContributions();
  if (isPending) return <p role="status">{t('contributions.mine.loading')}</p>;
  if (error || !data) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  if (data.contributions.length === 0) return <p>{t('contributions.mine.none')}</p>;
  return (
    <table>
      <caption className="visually-hidden">{t('contributions.mine.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('contributions.mine.titleColumn')}</th>
          <th scope="col">{t('contributions.mine.stateColumn')}</th>
          <th scope="col">{t('contributions.mine.views')}</th>
          <th scope="col">{t('contributions.mine.saves')}</th>
        </tr>
      </thead>
      <tbody>
        {data.contributions.map((entry) => (
          <tr key={entry.id}>
            <td>
              <Link to={editPath(entry.id)}>{entry.title}</Link>
              {entry.state === 'CHANGES_REQUESTED' && entry.lastComment && (
                <p>{t('contributions.mine.lastComment', { comment: entry.lastComment })}</p>
              )}
            </td>
            <td>{t(`contributions.states.${entry.state}`)}</td>
            <td>{entry.state === 'PUBLISHED' ? entry.views : '—'}</td>
            <td>{entry.state === 'PUBLISHED' ? entry.saves : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
