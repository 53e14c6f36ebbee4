import { Link, useNavigate } from 'react-router';
import { ConfirmAction } from '@/components/ui/confirm-action';
import { ErrorAlert } from '@/components/ui/error-alert';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { formatBytes, formatDate, formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { isRegion } from '@/lib/taxonomy';
import { useConsent, useDeleteDossier, useDossier, useRemoveEvidence, useStep } from '../api/dossiers';
import type { Dossier, LinkSources, Section } from '../api/types';
import { AssignForm, DecisionForm, EvidenceForm, EvidenceUpload, FindingForm, VisitForm } from './dossier-forms';
import { LinksForm } from './links-form';
import styles from './isop.module.css';

const ACTIONS = [
  'apply',
  'submit',
  'assign',
  'plan-visit',
  'record-finding',
  'add-evidence',
  'remove-evidence',
  'ask-more',
  'award',
  'decline',
  'restart',
  'consent-given',
  'consent-withdrawn',
  'links',
  'assessor-joined',
] as const;
type Action = (typeof ACTIONS)[number];
const isAction = (action: string): action is Action => (ACTIONS as readonly string[]).includes(action);

/**
 * A school's dossier: what the person looking may do with it now, as the server says (`may`). `linkSources` are the
 * catalogue's and the events' searches, for choosing what the school's public page shows.
 */
export function DossierPage({ id, linkSources }: { id: string; linkSources?: LinkSources }) {
  const { t } = useI18n();
  const { data: dossier, error, isPending, refetch } = useDossier(id);
  useDocumentTitle(dossier?.name ?? t('isop.myTitle'));
  if (isPending) return <p role="status">{t('isop.dossier.loading')}</p>;
  if (error || !dossier) return <ErrorAlert error={error} onRetry={() => void refetch()} />;
  return <LoadedDossier dossier={dossier} linkSources={linkSources} />;
}

function LoadedDossier({ dossier, linkSources }: { dossier: Dossier; linkSources?: LinkSources }) {
  const { t, language } = useI18n();
  const step = useStep(dossier.id);
  return (
    <article className="stack">
      <h1>{dossier.name}</h1>
      <p className="lead">
        {t('isop.dossier.summary', {
          place: dossier.place,
          province: isRegion(dossier.province) ? t(`taxonomy.regions.${dossier.province}`) : dossier.province,
          brin: dossier.brin,
        })}
      </p>
      <p role="status">
        <strong>{t('isop.dossierState')}:</strong> {t(`isop.states.${dossier.state}`)}
        {' · '}
        {dossier.assessorName
          ? t('isop.dossier.assessor', { name: dossier.assessorName })
          : dossier.pendingAssessorEmail
            ? t('isop.dossier.assessorPending', { email: dossier.pendingAssessorEmail })
            : t('isop.dossier.noAssessor')}
      </p>
      {dossier.label && (
        <p>
          <span className={styles.badge}>
            {t(dossier.label.valid ? 'isop.dossier.labelValid' : 'isop.dossier.labelExpired', {
              date: formatDate(language, dossier.label.validUntil),
            })}
          </span>{' '}
          {dossier.label.valid && <Link to={`/isop/${encodeURIComponent(dossier.slug)}`}>{t('isop.dossier.publicPage')}</Link>}
        </p>
      )}
      {step.error && <ErrorAlert error={step.error} fieldLabel={(field) => (field === 'evidence' ? t('isop.dossier.evidenceTitle') : undefined)} />}

      {dossier.may.assign && (
        <section aria-labelledby="assign-title" className={styles.section}>
          <h2 id="assign-title">{t('isop.dossier.assignTitle')}</h2>
          <AssignForm dossierId={dossier.id} current={dossier.assessorSubject} />
        </section>
      )}

      {dossier.sections.map((section) => (
        <SectionView key={section.guideline} dossier={dossier} section={section} />
      ))}

      <section aria-labelledby="visits-title" className={styles.section}>
        <h2 id="visits-title">{t('isop.dossier.visitsTitle')}</h2>
        {dossier.visits.length === 0 ? (
          <p>{t('isop.dossier.visitsNone')}</p>
        ) : (
          <ul>
            {dossier.visits.map((visit) => (
              <li key={visit.id}>
                {t('isop.dossier.visitLine', { date: formatDateTime(language, visit.startsAt), location: visit.location })}
                {visit.note ? ` — ${visit.note}` : ''}
              </li>
            ))}
          </ul>
        )}
        {dossier.may.assess && <VisitForm dossierId={dossier.id} />}
      </section>

      {dossier.may.decide && (
        <section aria-labelledby="decision-title" className={styles.section}>
          <h2 id="decision-title">{t('isop.dossier.decisionTitle')}</h2>
          <DecisionForm dossierId={dossier.id} />
        </section>
      )}

      {dossier.may.consent && <ConsentView dossier={dossier} />}

      {dossier.may.links && linkSources && (
        <section aria-labelledby="links-title" className={styles.section}>
          <h2 id="links-title">{t('isop.links.title')}</h2>
          <p>{t('isop.links.intro')}</p>
          <LinksForm dossierId={dossier.id} sources={linkSources} />
        </section>
      )}

      {(dossier.may.submit || dossier.may.restart) && (
        <section aria-labelledby="submit-title" className={styles.section}>
          <h2 id="submit-title">{t('isop.dossier.submitTitle')}</h2>
          {dossier.may.submit && (
            <>
              <p>{t('isop.dossier.submitHint')}</p>
              <button type="button" className="button" aria-disabled={step.isPending} onClick={() => !step.isPending && step.mutate('submit')}>
                {t('isop.dossier.submit')}
              </button>
            </>
          )}
          {dossier.may.restart && (
            <button type="button" className="button" aria-disabled={step.isPending} onClick={() => !step.isPending && step.mutate('restart')}>
              {t('isop.dossier.restart')}
            </button>
          )}
        </section>
      )}

      {dossier.may.delete && <WithdrawDossier dossier={dossier} />}

      <section aria-labelledby="history-title" className={styles.section}>
        <h2 id="history-title">{t('isop.dossier.historyTitle')}</h2>
        <ol>
          {dossier.history.map((entry, index) => (
            <li key={index}>
              {t('isop.dossier.historyLine', {
                date: formatDateTime(language, entry.at),
                name: entry.actorName ?? '—',
                action: isAction(entry.action) ? t(`isop.dossier.actions.${entry.action}`) : entry.action,
              })}
              {entry.detail ? ` (${entry.detail})` : ''}
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}

function SectionView({ dossier, section }: { dossier: Dossier; section: Section }) {
  const { t, language } = useI18n();
  const remove = useRemoveEvidence(dossier.id);
  const titleId = `section-${section.guideline}`;
  return (
    <section aria-labelledby={titleId} className={styles.section}>
      <h2 id={titleId}>{t(`isop.guidelines.${section.guideline}`)}</h2>
      <p>{t(`isop.guidelineTexts.${section.guideline}`)}</p>
      <p>
        <strong>{t('isop.dossier.sectionStatus', { status: t(`isop.statuses.${section.status}`) })}</strong>
      </p>
      <h3>{t('isop.dossier.evidenceTitle')}</h3>
      {section.evidence.length === 0 ? (
        <p>{t('isop.dossier.evidenceNone')}</p>
      ) : (
        <ul className={styles.list}>
          {section.evidence.map((evidence) => (
            <li key={evidence.id} className={styles.card}>
              <p className={styles.meta}>{t(`isop.kinds.${evidence.kind}`)}</p>
              {evidence.downloadUrl ? (
                <a href={evidence.downloadUrl} download={evidence.fileName ?? undefined}>
                  {t('isop.dossier.download', { name: evidence.title })}
                </a>
              ) : evidence.url ? (
                <a href={evidence.url} rel="noopener noreferrer">
                  {evidence.title}
                </a>
              ) : (
                <strong>{evidence.title}</strong>
              )}
              {evidence.size != null && ` (${formatBytes(evidence.size, language)})`}
              {evidence.text && <p>{evidence.text}</p>}
              <p className={styles.meta}>
                {t('isop.dossier.addedBy', { name: evidence.addedByName ?? '—', date: formatDate(language, evidence.addedAt) })}
              </p>
              {dossier.may.editEvidence && (
                <button
                  type="button"
                  className="button button-secondary"
                  aria-disabled={remove.isPending}
                  onClick={() => !remove.isPending && remove.mutate(evidence.id)}
                >
                  {t('isop.dossier.remove', { title: evidence.title })}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {remove.error && <ErrorAlert error={remove.error} />}
      {dossier.may.editEvidence && (
        <>
          <h3>{t('isop.dossier.addEvidence')}</h3>
          <EvidenceUpload dossierId={dossier.id} guideline={section.guideline} />
          <EvidenceForm dossierId={dossier.id} guideline={section.guideline} />
        </>
      )}
      <h3>{t('isop.dossier.findingsTitle')}</h3>
      {section.findings.length > 0 && (
        <ul>
          {section.findings.map((finding, index) => (
            <li key={index}>
              {t('isop.dossier.findingBy', {
                status: t(`isop.statuses.${finding.status}`),
                name: finding.assessorName ?? '—',
                date: formatDate(language, finding.at),
              })}
              : {finding.text}
            </li>
          ))}
        </ul>
      )}
      {dossier.may.assess && (
        <>
          <h4>{t('isop.dossier.recordFinding')}</h4>
          <FindingForm dossierId={dossier.id} guideline={section.guideline} />
        </>
      )}
    </section>
  );
}

function ConsentView({ dossier }: { dossier: Dossier }) {
  const { t, language } = useI18n();
  const consent = useConsent(dossier.id);
  const current = dossier.consent;
  return (
    <section aria-labelledby="consent-title" className={styles.section}>
      <h2 id="consent-title">{t('isop.dossier.consentTitle')}</h2>
      <p>
        {current?.given
          ? t('isop.dossier.consentGiven', { date: formatDateTime(language, current.givenAt) })
          : current?.withdrawnAt
            ? t('isop.dossier.consentWithdrawn', { date: formatDateTime(language, current.withdrawnAt) })
            : t('isop.dossier.consentNone')}
      </p>
      {consent.error && <ErrorAlert error={consent.error} />}
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={consent.isPending}
        onClick={() => !consent.isPending && consent.mutate(!current?.given)}
      >
        {t(current?.given ? 'isop.dossier.withdrawConsent' : 'isop.dossier.giveConsent')}
      </button>
    </section>
  );
}

/**
 * Withdrawing deletes the dossier with its documents, after a confirmation in a modal dialog that starts on the
 * harmless choice; the server refuses it (409) once a label was awarded.
 */
function WithdrawDossier({ dossier }: { dossier: Dossier }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const withdraw = useDeleteDossier(dossier.id);
  return (
    <section aria-labelledby="withdraw-title" className={styles.section}>
      <h2 id="withdraw-title">{t('isop.withdraw.title')}</h2>
      <p>{t('isop.withdraw.intro')}</p>
      <ConfirmAction
        labels={{
          open: t('isop.withdraw.open'),
          title: t('isop.withdraw.confirmTitle', { name: dossier.name }),
          text: t('isop.withdraw.confirmText'),
          cancel: t('isop.withdraw.cancel'),
          confirm: t('isop.withdraw.confirm'),
          pending: t('isop.withdraw.withdrawing'),
        }}
        pending={withdraw.isPending}
        error={withdraw.error}
        onOpen={() => withdraw.reset()}
        onConfirm={(close) =>
          withdraw.mutate(undefined, {
            onSuccess: () => {
              close();
              void navigate('/mijn-isop', { state: { withdrawn: dossier.name } });
            },
          })
        }
      />
    </section>
  );
}
