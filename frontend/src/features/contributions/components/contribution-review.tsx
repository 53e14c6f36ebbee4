import { useState } from 'react';
import { Link } from 'react-router';
import { fieldErrorsOf } from '@/components/form/server-errors';
import { ErrorAlert } from '@/components/ui/error-alert';
import { ReviewDecision } from '@/components/workflow/review-decision';
import { PageError } from '@/components/ui/page-states';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useContribution, useContributionDiff } from '../api/get-contributions';
import { useContributionStep } from '../api/save-contribution';
import type { VersionedContribution } from '../api/types';
import { ContributionHistory } from './contribution-history';

/** An editor's view of one contribution: the decision, the diff since the last submission, the text, the history. */
export function ContributionReview({ id, queuePath }: { id: string; queuePath: string }) {
  const { t } = useI18n();
  const { data, error, isPending, refetch } = useContribution(id);
  useDocumentTitle(data ? t('contributions.review.reviewTitle', { title: data.contribution.title }) : t('contributions.review.title'));
  if (isPending) return <p role="status">{t('contributions.form.loading')}</p>;
  if (error || !data) return <PageError title={t('contributions.review.title')} error={error} onRetry={() => void refetch()} />;
  return <LoadedReview key={data.etag} loaded={data} queuePath={queuePath} />;
}

function LoadedReview({ loaded, queuePath }: { loaded: VersionedContribution; queuePath: string }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState(loaded);
  const [done, setDone] = useState<string>();
  const step = useContributionStep(current.contribution.id);
  const { contribution, etag } = current;
  const sections = [
    ['context', contribution.context],
    ['approach', contribution.approach],
    ['result', contribution.result],
    ['tips', contribution.tips],
  ] as const;

  return (
    <div className="stack">
      <p>
        <Link to={queuePath}>{t('contributions.review.toQueue')}</Link>
      </p>
      <h1>{t('contributions.review.reviewTitle', { title: contribution.title })}</h1>
      <p>
        <strong>{t(`contributions.states.${contribution.state}`)}</strong>{' '}
        {t('contributions.review.by', { name: contribution.authorName ?? '—' })} ·{' '}
        {contribution.showName ? t('contributions.review.named') : t('contributions.review.anonymous')}
      </p>
      <p role="status">{done}</p>
      {step.error && fieldErrorsOf(step.error).length === 0 && <ErrorAlert error={step.error} />}
      <ReviewDecision
        messages="contributions"
        state={contribution.state}
        etag={etag}
        step={step}
        onDeciding={() => setDone(undefined)}
        onDecided={(next) => {
          setCurrent(next);
          setDone(t('contributions.review.done', { state: t(`contributions.states.${next.contribution.state}`) }));
        }}
      />
      <ContributionDiffView key={contribution.submissions} id={contribution.id} submissions={contribution.submissions} />
      <section aria-labelledby="review-contribution-title">
        <h2 id="review-contribution-title">{t('contributions.review.contribution')}</h2>
        <h3>{contribution.title}</h3>
        {contribution.summary && <p className="lead">{contribution.summary}</p>}
        {sections.map(([name, text]) =>
          text ? (
            <div key={name}>
              <h4>{t(`contributions.form.${name}`)}</h4>
              <p style={{ whiteSpace: 'pre-wrap' }}>{text}</p>
            </div>
          ) : null,
        )}
      </section>
      <ContributionHistory history={contribution.history} />
    </div>
  );
}

/** What changed since the previous submission; added and removed words are <ins> and <del>, never colour alone. */
function ContributionDiffView({ id, submissions }: { id: string; submissions: number }) {
  const { t } = useI18n();
  const { data, error, refetch } = useContributionDiff(id, submissions > 1);
  if (submissions < 2) return null;
  return (
    <section aria-labelledby="contribution-diff-title" className="stack">
      <h2 id="contribution-diff-title">{t('contributions.review.diffTitle')}</h2>
      {error && <ErrorAlert error={error} onRetry={() => void refetch()} />}
      {data && (
        <>
          <p>{t('contributions.review.diffIntro', { from: data.from, to: data.to })}</p>
          <ol data-testid="contribution-diff">
            {data.lines
              .filter((line) => line.kind !== 'SAME' || line.text.trim() !== '')
              .map((line, index) => (
                <li key={index}>
                  {line.kind === 'ADDED' && <ins>+ {line.text}</ins>}
                  {line.kind === 'REMOVED' && <del>− {line.text}</del>}
                  {line.kind === 'SAME' && <span>{line.text}</span>}
                  {line.kind === 'CHANGED' && (
                    <span>
                      <span className="visually-hidden">{t('contributions.review.changedLine')} </span>
                      {line.segments.map((segment, at) =>
                        segment.kind === 'ADDED' ? (
                          <ins key={at}>{segment.text}</ins>
                        ) : segment.kind === 'REMOVED' ? (
                          <del key={at}>{segment.text}</del>
                        ) : (
                          <span key={at}>{segment.text}</span>
                        ),
                      )}
                    </span>
                  )}
                </li>
              ))}
          </ol>
        </>
      )}
    </section>
  );
}
