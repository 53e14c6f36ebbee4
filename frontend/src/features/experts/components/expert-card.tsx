import { Link } from 'react-router';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import type { Expert } from '../api/types';
import styles from './experts.module.css';

export function expertiseLabels(t: ReturnType<typeof useI18n>['t'], expert: Expert): string[] {
  return [
    ...expert.partnerships.map((code) => taxonomyLabel(t, 'partnership', code)),
    ...expert.aspects.map((code) => taxonomyLabel(t, 'aspect', code)),
    ...expert.sectors.map((code) => taxonomyLabel(t, 'sector', code)),
  ];
}

/** An expert in a list: name (linking to the profile), organisation, region and expertise. */
export function ExpertCard({ expert, headingLevel = 2 }: { expert: Expert; headingLevel?: 2 | 3 }) {
  const { t } = useI18n();
  const Heading = `h${headingLevel}` as const;
  const meta = [expert.organisation, expert.region ? taxonomyLabel(t, 'region', expert.region) : null].filter(Boolean);
  return (
    <article className={styles.card}>
      <div>
        <Heading>
          <Link to={`/experts/${encodeURIComponent(expert.slug)}`}>{expert.name}</Link>
        </Heading>
        {meta.length > 0 && <p className={styles.muted}>{meta.join(' · ')}</p>}
        {expertiseLabels(t, expert).length > 0 && (
          <p>
            {t('experts.expertise')}: {expertiseLabels(t, expert).join(', ')}
          </p>
        )}
      </div>
    </article>
  );
}

/** Experts as a list of cards under a section heading (level 2), so each card's name is a level 3 heading. */
export function ExpertCards({ experts }: { experts: Expert[] }) {
  return (
    <ul className={styles.cards}>
      {experts.map((expert) => (
        <li key={expert.slug}>
          <ExpertCard expert={expert} headingLevel={3} />
        </li>
      ))}
    </ul>
  );
}
