import { useState } from 'react';
import { Link } from 'react-router';
import { ReviewDecision } from '@/components/workflow/review-decision';
import { StateBadge } from '@/components/workflow/state-badge';
import { WorkflowDiff } from '@/components/workflow/workflow-diff';
import { WorkflowHistory } from '@/components/workflow/workflow-history';
import { LoadedPage } from '@/components/ui/page-states';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useContribution, useContributionDiff } from '../api/get-contributions';
import { useContributionStep } from '../api/save-contribution';
import type { VersionedContribution } from '../api/types';

/** An editor's view of one contribution: the decision, the diff since the last submission, the text, the history. */
export function ContributionReview({ id, queuePath }: { id: string; queuePath: string }) {
  const { t } = useI18n();
  const query = useContribution(id);
  useDocumentTitle(query.data ? t('contributions.review.reviewTitle', { title: query.data.contribution.title }) : t('contributions.review.title'));
  return (
    <LoadedPage query={query} loading={t('contributions.form.loading')} title={t('contributions.review.title')}>
      {(data) => <LoadedReview key={data.etag} loaded={data} queuePath={queuePath} />}
    </LoadedPage>
  );
}

function LoadedReview({ loaded, queuePath }: { loaded: VersionedContribution; queuePath: string }) {
  const { t } = useI18n();
  const [current, setCurrent] = useState(loaded);
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
        <StateBadge state={contribution.state} messages="contributions" />{' '}
        {t('contributions.review.by', { name: contribution.authorName ?? '—' })} ·{' '}
        {contribution.showName ? t('contributions.review.named') : t('contributions.review.anonymous')}
      </p>
      <ReviewDecision
        messages="contributions"
        state={contribution.state}
        etag={etag}
        step={step}
        onDecided={setCurrent}
        doneMessage={(next) => t('contributions.review.done', { state: t(`contributions.states.${next.contribution.state}`) })}
      />
      <ContributionDiff key={contribution.submissions} id={contribution.id} submissions={contribution.submissions} />
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
      <WorkflowHistory history={contribution.history} messages="contributions" />
    </div>
  );
}

function ContributionDiff({ id, submissions }: { id: string; submissions: number }) {
  return <WorkflowDiff submissions={submissions} diff={useContributionDiff(id, submissions > 0)} testId="contribution-diff" />;
}
