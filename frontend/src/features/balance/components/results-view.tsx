import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDateTime } from '@/lib/format';
import { LOCALES } from '@/lib/i18n/i18n';
import { ASPECTS, PARTNERSHIPS } from '@/lib/taxonomy';
import { cellQuestion, questionLanguage, taxonomyLabel } from '@/lib/taxonomy-labels';
import { cellKey, type Balance, type CellRef, type CellResult, type Results } from '../api/types';
import styles from './balance.module.css';

/** The level word nearest to a score, so a cell says in words what its colour shows. */
function levelOf(score: number) {
  const levels = ['NOT_YET', 'STARTING', 'UNDERWAY', 'SECURED'] as const;
  return levels[Math.min(3, Math.max(0, Math.round(score) - 1))] ?? 'NOT_YET';
}

function useNumber() {
  const { language } = useI18n();
  const format = new Intl.NumberFormat(LOCALES[language], { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return (value: number) => format.format(value);
}

interface ResultsViewProps {
  results: Results;
  /** A team's results: spread, change since the last round, and where colleagues disagree. */
  team?: boolean;
  /** The heading level of the sections (2 on a page of its own). */
  level?: 2 | 3;
}

/** The heat map, the balance per partnership and per aspect, the weakest cells and what to do about them. */
export function ResultsView({ results, team = false, level = 2 }: ResultsViewProps) {
  const { t } = useI18n();
  const H = level === 2 ? 'h2' : 'h3';
  const scored = results.cells.some((cell) => cell.score !== undefined);
  return (
    <div className="stack">
      {team && <p>{t('balance.results.respondents', { count: results.respondents })}</p>}
      {!scored && <p>{t('balance.results.nothingScored')}</p>}
      <HeatMap cells={results.cells} team={team} />
      <section aria-labelledby="balance-chart-title" className="stack">
        <H id="balance-chart-title">{t('balance.results.balanceTitle')}</H>
        <p>{t('balance.results.balanceIntro')}</p>
        <BalanceChart caption={t('balance.results.perPartnership')} facet="partnership" balances={results.partnerships} />
        <BalanceChart caption={t('balance.results.perAspect')} facet="aspect" balances={results.aspects} />
      </section>
      <section aria-labelledby="weakest-title" className="stack">
        <H id="weakest-title">{t('balance.results.weakestTitle')}</H>
        {results.weakest.length === 0 ? (
          <p>{t('balance.results.noWeakest')}</p>
        ) : (
          <CellList cells={results.weakest} />
        )}
      </section>
      {team && results.disagreements.length > 0 && (
        <section aria-labelledby="disagreements-title" className="stack">
          <H id="disagreements-title">{t('balance.results.disagreementsTitle')}</H>
          <p>{t('balance.results.disagreementsIntro')}</p>
          <CellList cells={results.disagreements} spread />
        </section>
      )}
      {results.recommendations.length > 0 && (
        <section aria-labelledby="recommendations-title" className="stack">
          <H id="recommendations-title">{t('balance.results.recommendationsTitle')}</H>
          <Recommendations results={results} level={level} />
        </section>
      )}
    </div>
  );
}

function HeatMap({ cells, team }: { cells: CellResult[]; team: boolean }) {
  const { t } = useI18n();
  const number = useNumber();
  const byKey = new Map(cells.map((cell) => [cellKey(cell.partnership, cell.aspect), cell]));
  return (
    <div className={styles.scroll}>
      <table className={styles.heatMap}>
        <caption>{t('balance.results.heatMapCaption')}</caption>
        <thead>
          <tr>
            <td />
            {ASPECTS.map((aspect) => (
              <th key={aspect} scope="col">
                {t(`taxonomy.aspects.${aspect}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {PARTNERSHIPS.map((partnership) => (
            <tr key={partnership}>
              <th scope="row">{t(`taxonomy.partnerships.${partnership}.name`)}</th>
              {ASPECTS.map((aspect) => {
                const cell = byKey.get(cellKey(partnership, aspect));
                const score = cell?.score;
                return (
                  <td key={aspect} className={score === undefined ? styles.none : styles[`level${Math.round(score)}`]}>
                    {score === undefined ? (
                      cell && cell.notApplicable > 0 ? t('balance.results.notApplicable') : t('balance.results.noScore')
                    ) : (
                      <>
                        <strong>{number(score)}</strong> <span>{t(`balance.levels.${levelOf(score)}`)}</span>
                        {team && cell?.spread !== undefined && (
                          <span className={styles.detail}>{t('balance.results.spread', { spread: number(cell.spread) })}</span>
                        )}
                        {team && cell?.change !== undefined && (
                          <span className={styles.detail}>
                            {t('balance.results.change', {
                              change: `${cell.change > 0 ? '+' : ''}${number(cell.change)}`,
                            })}
                          </span>
                        )}
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A bar chart that is a table: each bar's length is drawn, its value written beside it. */
function BalanceChart({ caption, facet, balances }: { caption: string; facet: 'partnership' | 'aspect'; balances: Balance[] }) {
  const { t } = useI18n();
  const number = useNumber();
  return (
    <table className={styles.chart}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t(facet === 'partnership' ? 'balance.results.partnership' : 'balance.results.aspect')}</th>
          <th scope="col">{t('balance.results.score')}</th>
        </tr>
      </thead>
      <tbody>
        {balances.map((balance) => (
          <tr key={balance.code}>
            <th scope="row">{taxonomyLabel(t, facet, balance.code)}</th>
            <td>
              <span className={styles.bar} style={{ width: `${((balance.score ?? 0) / 4) * 100}%` }} aria-hidden="true" />
              <span>
                {balance.score === undefined
                  ? t('balance.results.noScore')
                  : t('balance.results.outOfFour', { score: number(balance.score) })}
              </span>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function CellList({ cells, spread = false }: { cells: CellRef[]; spread?: boolean }) {
  const { t, language } = useI18n();
  const number = useNumber();
  return (
    <ol className="stack">
      {cells.map((cell) => (
        <li key={cellKey(cell.partnership, cell.aspect)}>
          <strong>
            {t('balance.results.cellName', {
              partnership: taxonomyLabel(t, 'partnership', cell.partnership),
              aspect: taxonomyLabel(t, 'aspect', cell.aspect),
            })}
          </strong>{' '}
          {spread && cell.spread !== undefined
            ? t('balance.results.cellSpread', { score: number(cell.score), spread: number(cell.spread) })
            : t('balance.results.cellScore', { score: number(cell.score), level: t(`balance.levels.${levelOf(cell.score)}`) })}
          <br />
          <span lang={questionLanguage(cell, language)}>{cellQuestion(cell, language)}</span>
        </li>
      ))}
    </ol>
  );
}

/** One kind of recommendation (items, events or experts) under its title; nothing when there is none of that kind. */
function RecommendedList({ title, children }: { title: string; children: ReactNode[] }) {
  if (children.length === 0) return null;
  return (
    <>
      <p className={styles.listTitle}>{title}</p>
      <ul>{children}</ul>
    </>
  );
}

function Recommendations({ results, level }: { results: Results; level: 2 | 3 }) {
  const { t, language } = useI18n();
  const H = level === 2 ? 'h3' : 'h4';
  return (
    <>
      {results.recommendations.map((recommendation) => {
        const name = t('balance.results.cellName', {
          partnership: taxonomyLabel(t, 'partnership', recommendation.partnership),
          aspect: taxonomyLabel(t, 'aspect', recommendation.aspect),
        });
        const empty =
          recommendation.items.length + recommendation.events.length + recommendation.experts.length === 0;
        return (
          <section key={cellKey(recommendation.partnership, recommendation.aspect)} className={styles.recommendation}>
            <H>{name}</H>
            {empty && <p>{t('balance.results.noRecommendations')}</p>}
            <RecommendedList title={t('balance.results.items')}>
              {recommendation.items.map((item) => (
                <li key={item.slug}>
                  <Link to={`/items/${item.slug}`}>{item.title}</Link> ({taxonomyLabel(t, 'type', item.type)})
                </li>
              ))}
            </RecommendedList>
            <RecommendedList title={t('balance.results.events')}>
              {recommendation.events.map((event) => (
                <li key={event.id}>
                  <Link to={`/bijeenkomsten/${event.id}`}>{event.title}</Link>, {formatDateTime(language, event.startsAt)}
                  {event.city ? `, ${event.city}` : ''}
                </li>
              ))}
            </RecommendedList>
            <RecommendedList title={t('balance.results.experts')}>
              {recommendation.experts.map((expert) => (
                <li key={expert.slug}>
                  <Link to={`/experts/${expert.slug}`}>{expert.name}</Link>
                  {expert.organisation ? `, ${expert.organisation}` : ''}
                </li>
              ))}
            </RecommendedList>
          </section>
        );
      })}
    </>
  );
}
