import { itemUrl, searchUrl } from '@/features/catalogue/api/requests';
import { readSearchState, SEARCH_PATH } from '@/features/catalogue/search-state';
import { ME_URL } from '@/features/identity/api/me-url';
import { requestEarly } from '@/lib/early-requests';

const ITEM_PAGE = /^\/items\/([^/]+)$/;

/**
 * Asks for the data and the code of the page at `location` while the app's own script is still on its way: `boot.ts`
 * calls it first thing. The search and item pages are where visitors land from search engines and shared links; on a
 * phone their results would otherwise be requested a second or more later, once the app had arrived and started. The
 * router's `preloadPage` asks for the same things again when the app starts and gets these (the same addresses, the
 * same modules), so nothing is loaded twice. Other pages wait for the app.
 */
export function startEarly(location: { pathname: string; search: string }): void {
  // Every page's header shows who is there: answered before the first render, it does not make the whole app render
  // again after the page is painted (on Lighthouse's phone a long task that counted as blocking time).
  requestEarly(ME_URL);
  if (location.pathname === SEARCH_PATH) {
    requestEarly(searchUrl(readSearchState(new URLSearchParams(location.search))));
    loadEarly(() => import('./routes/search'));
    return;
  }
  const slug = ITEM_PAGE.exec(location.pathname)?.[1];
  if (slug) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(slug);
    } catch {
      return; // not an address the app can open either; it shows its own "not found"
    }
    requestEarly(itemUrl(decoded));
    loadEarly(() => import('./routes/item'));
  }
}

function loadEarly(page: () => Promise<unknown>): void {
  // A failed download is the app's to report when it loads the page itself. (Both pages have their messages built
  // in: the other pages' messages are not asked for before their first view.)
  page().catch(() => undefined);
}
