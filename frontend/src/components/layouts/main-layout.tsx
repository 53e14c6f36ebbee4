import { Suspense, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/ui/language-switch';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/i18n';
import styles from './main-layout.module.css';

export interface NavigationItem {
  to: string;
  label: MessageKey;
  end?: boolean;
}

const NAVIGATION: NavigationItem[] = [
  { to: '/', label: 'nav.home', end: true },
  { to: '/zoeken', label: 'nav.search' },
  { to: '/model', label: 'nav.model' },
  { to: '/bijeenkomsten', label: 'nav.events' },
  { to: '/experts', label: 'nav.experts' },
  { to: '/isop', label: 'nav.isop' },
  { to: '/balansscan', label: 'nav.balance' },
  { to: '/mijn-aanmeldingen', label: 'nav.myRegistrations' },
  { to: '/volgen', label: 'nav.follow' },
  { to: '/organisator', label: 'nav.organiser' },
  { to: '/over', label: 'nav.about' },
];

const MAIN_ID = 'inhoud';
const MENU_ID = 'hoofdmenu';
const TOOLS_ID = 'kopmenu';

interface MainLayoutProps {
  /** The header's account corner (login, the person's name, logout); the app passes it in from the features. */
  account?: ReactNode;
  /** Menu entries after the public ones, such as those only some roles see. */
  extraNavigation?: NavigationItem[];
  /** A one-off message above the page, such as a confirmation after leaving the previous page. */
  notice?: ReactNode;
}

export function MainLayout({ account, extraNavigation = [], notice }: MainLayoutProps) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const menuButtonRef = useRef<HTMLButtonElement>(null);
  const previousPath = useRef(pathname);
  // On a phone the menu, the language switch and the account corner sit behind the menu button (a disclosure);
  // on wider screens the button is hidden and everything shows, whatever this says.
  const [menuOpen, setMenuOpen] = useState(false);

  useEffect(() => {
    // After client-side navigation, start keyboard and screen reader users at the new content, as a page load would.
    if (previousPath.current !== pathname) {
      previousPath.current = pathname;
      setMenuOpen(false);
      mainRef.current?.focus();
    }
  }, [pathname]);

  useEffect(() => {
    if (!menuOpen) return undefined;
    // Escape closes the open menu from wherever focus is, and puts focus back on the button that opened it.
    function closeOnEscape(event: KeyboardEvent) {
      if (event.key !== 'Escape') return;
      setMenuOpen(false);
      menuButtonRef.current?.focus();
    }
    document.addEventListener('keydown', closeOnEscape);
    return () => document.removeEventListener('keydown', closeOnEscape);
  }, [menuOpen]);

  const collapsible = menuOpen ? `${styles.collapsible} ${styles.open}` : styles.collapsible;

  return (
    <div className={styles.page}>
      <a className={styles.skipLink} href={`#${MAIN_ID}`}>
        {t('layout.skipToContent')}
      </a>
      <header className={styles.header}>
        <div className={`container ${styles.headerInner}`}>
          <Link to="/" className={styles.brand}>
            <span className={styles.brandName}>{t('app.name')}</span>
            <span className={styles.tagline}>{t('app.tagline')}</span>
          </Link>
          <button
            ref={menuButtonRef}
            type="button"
            className={styles.menuButton}
            aria-expanded={menuOpen}
            aria-controls={`${TOOLS_ID} ${MENU_ID}`}
            onClick={() => setMenuOpen((open) => !open)}
          >
            <MenuIcon open={menuOpen} />
            {t('layout.menu')}
          </button>
          <div id={TOOLS_ID} className={`${styles.headerTools} ${collapsible}`}>
            <LanguageSwitch />
            {account}
          </div>
        </div>
        <nav id={MENU_ID} className={`${styles.nav} ${collapsible}`} aria-label={t('layout.mainNavigation')}>
          <ul className={`container ${styles.navList}`}>
            {[...NAVIGATION, ...extraNavigation].map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end ?? false} className={styles.navLink}>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className={`container ${styles.main}`}>
        {notice}
        <Suspense fallback={<p role="status" className={styles.loading}>{t('layout.loadingPage')}</p>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className={styles.footer}>
        <div className={`container ${styles.footerInner}`}>
          <p className={styles.footerName}>{t('app.name')}</p>
          <p>{t('layout.footerAbout')}</p>
          <nav aria-label={t('layout.footerNavigation')}>
            <ul className={styles.footerLinks}>
              {NAVIGATION.map((item) => (
                <li key={item.to}>
                  <Link to={item.to}>{t(item.label)}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
      </footer>
    </div>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
      <path
        d={open ? 'M6 6l12 12M18 6L6 18' : 'M4 7h16M4 12h16M4 17h16'}
        fill="none"
        stroke="currentColor"
        strokeWidth="2.4"
        strokeLinecap="round"
      />
    </svg>
  );
}
