import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { ContributionStep } from '../api/types';

/** Every workflow step, oldest first: who, when, and the comment. */
export function ContributionHistory({ history }: { history: ContributionStep[] }) {
  const { t, language } = useI18n();
  if (history.length === 0) return null;
  return (
    <section aria-labelledby="contribution-history-title">
      <h2 id="contribution-history-title">{t('contributions.history')}</h2>
      <ol>
        {history.map((step, index) => (
          <li key={index}>
            <strong>
              {t('contributions.historyStep', { state: t(`contributions.states.${step.to}`), name: step.actorName ?? '—' })}
            </strong>{' '}
            <time dateTime={step.at}>{formatDateTime(language, step.at)}</time>
            {step.comment && <blockquote>{step.comment}</blockquote>}
          </li>
        ))}
      </ol>
    </section>
  );
}
