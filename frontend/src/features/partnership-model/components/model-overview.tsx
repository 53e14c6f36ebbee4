import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ASPECTS } from '@/lib/taxonomy';
import { PartnershipCards } from './partnership-model';
import styles from './model-overview.module.css';

/** The poster (GET /api/model/poster.pdf), drawn by the backend from the same taxonomy as this page. */
export const posterHref = (language: 'nl' | 'en') => `/api/model/poster.pdf?lang=${language}`;

interface ModelOverviewProps {
  /** The 5x6 grid of the thirty questions, each linking to its items (the catalogue's, composed by the route). */
  grid: ReactNode;
  /** Links to the article explaining the model, shown with the poster when there is one. */
  article?: ReactNode;
}

/**
 * The model explained: why it helps, the five partnerships, the six aspects and the grid of thirty questions, and
 * the poster and article to download.
 */
export function ModelOverview({ grid, article }: ModelOverviewProps) {
  const { t } = useI18n();
  return (
    <div className="stack">
      <h1>{t('modelPage.title')}</h1>
      <p className="lead">{t('modelPage.intro')}</p>
      <p>{t('modelPage.balance')}</p>

      <section aria-labelledby="model-partnerships" className="stack">
        <h2 id="model-partnerships">{t('modelPage.partnershipsTitle')}</h2>
        <PartnershipCards />
      </section>

      <section aria-labelledby="model-aspects" className="stack">
        <h2 id="model-aspects">{t('modelPage.aspectsTitle')}</h2>
        <p>{t('modelPage.aspectsIntro')}</p>
        <ul className={styles.aspects}>
          {ASPECTS.map((code) => (
            <li key={code}>{t(`taxonomy.aspects.${code}`)}</li>
          ))}
        </ul>
      </section>

      {grid}

      <section aria-labelledby="model-downloads" className="stack">
        <h2 id="model-downloads">{t('modelPage.downloadsTitle')}</h2>
        <p>{t('modelPage.downloadsIntro')}</p>
        <ul className={styles.downloads}>
          <li>
            <a href={posterHref('nl')} hrefLang="nl" type="application/pdf" download>
              {t('modelPage.posterNl')}
            </a>
          </li>
          <li>
            <a href={posterHref('en')} hrefLang="en" type="application/pdf" download>
              {t('modelPage.posterEn')}
            </a>
          </li>
        </ul>
        {article}
      </section>
    </div>
  );
}
