import { PartnershipModel } from '@/features/partnership-model/components/partnership-model';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { SECTORS } from '@/lib/taxonomy';
import styles from './home.module.css';

export function HomeRoute() {
  const { t } = useI18n();
  useDocumentTitle(t('app.name'));
  return (
    <div className={styles.page}>
      <section className={styles.hero} aria-labelledby="home-title">
        <h1 id="home-title">{t('home.title')}</h1>
        <p className="lead">{t('home.intro')}</p>
        <h2 className={styles.sectorsTitle}>{t('home.sectorsTitle')}</h2>
        <p>{t('home.sectorsIntro')}</p>
        <ul className={styles.sectors}>
          {SECTORS.map((code) => (
            <li key={code}>{t(`taxonomy.sectors.${code}`)}</li>
          ))}
        </ul>
      </section>
      <PartnershipModel />
    </div>
  );
}
