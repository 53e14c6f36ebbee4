import styles from './coming-soon.module.css';

interface ComingSoonProps {
  badge: string;
  description: string;
}

/** Marks a page whose feature is not built yet. */
export function ComingSoon({ badge, description }: ComingSoonProps) {
  return (
    <div className={styles.notice}>
      <p className={styles.badge}>{badge}</p>
      <p>{description}</p>
    </div>
  );
}
