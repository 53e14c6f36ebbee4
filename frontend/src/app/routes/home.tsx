import { useNavigate } from 'react-router';
import { ModelNavigator } from '@/features/catalogue/components/model-navigator';
import { SearchBox } from '@/features/catalogue/components/search-box';
import { searchHref } from '@/features/catalogue/search-state';
import { PartnershipModel } from '@/features/partnership-model/components/partnership-model';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { SECTORS } from '@/lib/taxonomy';
import styles from './home.module.css';

export function HomeRoute() {
  const { t } = useI18n();
  const navigate = useNavigate();
  useDocumentTitle(t('app.name'));
  return (
    <div className={styles.page}>
      <section className={styles.hero} aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <SearchBox onSearch={(q) => void navigate(searchHref({ q }))} />
      </section>
      <ModelNavigator />
      <PartnershipModel />
      <section aria-labelledby="home-sectors-title" className="stack">
        <h2 id="home-sectors-title" className={styles.sectorsTitle}>
          {t('home.sectorsTitle')}
        </h2>
        <p>{t('home.sectorsIntro')}</p>
        <ul className={styles.sectors}>
          {SECTORS.map((code) => (
            <li key={code}>{t(`taxonomy.sectors.${code}`)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
