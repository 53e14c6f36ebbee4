import { useI18n } from '@/lib/i18n/i18n-provider';
import { PARTNERSHIPS } from '@/lib/taxonomy';
import styles from './partnership-model.module.css';

/** The five partnerships with their descriptions: the model every piece of content in the portal is tagged with. */
export function PartnershipModel() {
  const { t } = useI18n();
  return (
    <section aria-labelledby="partnership-model-title" className="stack">
      <h2 id="partnership-model-title">{t('home.modelTitle')}</h2>
      <p className="lead">{t('home.modelIntro')}</p>
      <PartnershipCards />
    </section>
  );
}

/** One card per partnership, in the model's order: its name (a level-3 heading) and what it stands for. */
export function PartnershipCards() {
  const { t } = useI18n();
  return (
    <ol className={styles.list}>
      {PARTNERSHIPS.map((code) => (
        <li key={code} className={styles.card}>
          <h3>{t(`taxonomy.partnerships.${code}.name`)}</h3>
          <p>{t(`taxonomy.partnerships.${code}.description`)}</p>
        </li>
      ))}
    </ol>
  );
}
