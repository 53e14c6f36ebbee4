import { useCallback, useState } from 'react';
import { Link } from 'react-router';
import { ErrorAlert } from '@/components/ui/error-alert';
import { Section } from '@/components/ui/section';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { useResults } from '../api/get-results';
import { useQuestions } from '../api/get-questions';
import { useSaveScan } from '../api/scans';
import type { Answer, ScanRequest } from '../api/types';
import { clearDraft, readDraft, writeDraft } from './draft';
import { ResultsView } from './results-view';
import { ScanForm } from './scan-form';

interface BalanceScanProps {
  /** Whether someone is logged in, so the scan can be saved; otherwise the login's address. */
  loggedIn: boolean;
  loginUrl: string;
}

/**
 * The scan anyone may try: the answers stay in this browser, the results are computed by the portal without storing
 * anything, and a logged-in person saves the scan (a visitor first logs in; the answers wait in the browser).
 */
export function BalanceScan({ loggedIn, loginUrl }: BalanceScanProps) {
  const { t } = useI18n();
  const questions = useQuestions();
  const results = useResults();
  const save = useSaveScan();
  const [initial] = useState(readDraft);
  // Only whether there is anything to save: the answers themselves live in the form and the browser's storage, so
  // a keystroke in a note does not render the page again.
  const [hasAnswers, setHasAnswers] = useState(initial.length > 0);
  const [request, setRequest] = useState<ScanRequest | null>(null);

  const keep = useCallback((changed: Answer[]) => {
    writeDraft(changed);
    setHasAnswers(changed.length > 0);
  }, []);

  if (questions.isPending) return <p role="status">{t('balance.loading')}</p>;
  if (questions.error) return <ErrorAlert error={questions.error} onRetry={() => void questions.refetch()} />;

  const send = (scan: ScanRequest) => {
    setRequest(scan);
    results.mutate(scan);
  };
  const saveNow = () => save.mutate(request ?? { answers: readDraft() }, { onSuccess: () => clearDraft() });

  return (
    <div className="stack">
      <ScanFormSection
        questions={questions.data}
        initial={initial}
        busy={results.isPending}
        onSubmit={send}
        onAnswersChange={keep}
      />
      <div aria-live="polite">{results.isPending && <p role="status">{t('balance.results.computing')}</p>}</div>
      {results.error && <ErrorAlert error={results.error} />}
      {results.data && (
        <Section title={t('balance.results.title')}>
          <ResultsView results={results.data} level={3} />
        </Section>
      )}
      {hasAnswers && (
        <Section title={t('balance.save.title')}>
          {save.isSuccess ? (
            <p role="status">
              {t('balance.save.saved')} <Link to={`/balansscan/scans/${save.data.id}`}>{t('balance.save.open')}</Link>
            </p>
          ) : loggedIn ? (
            <>
              <p>{t('balance.save.intro')}</p>
              {save.error && <ErrorAlert error={save.error} />}
              <p>
                <button type="button" className="button" onClick={saveNow} disabled={save.isPending}>
                  {save.isPending ? t('balance.save.saving') : t('balance.save.button')}
                </button>
              </p>
            </>
          ) : (
            <>
              <p>{t('balance.save.loginFirst')}</p>
              <p>
                <a className="button" href={loginUrl}>
                  {t('balance.save.login')}
                </a>
              </p>
            </>
          )}
        </Section>
      )}
    </div>
  );
}


function ScanFormSection(props: {
  questions: NonNullable<ReturnType<typeof useQuestions>['data']>;
  initial: Answer[];
  busy: boolean;
  onSubmit: (request: ScanRequest) => void;
  onAnswersChange: (answers: Answer[]) => void;
}) {
  const { t } = useI18n();
  return <ScanForm {...props} askContext submitLabel={t('balance.form.showResults')} />;
}
