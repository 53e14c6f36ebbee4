import type { QueryClient } from '@tanstack/react-query';
import { Component, createElement, isValidElement, lazy, type ComponentType, type ErrorInfo, type ReactNode } from 'react';
import { matchRoutes, useLocation, useRoutes, type Params, type RouteObject } from 'react-router';
import { itemQuery } from '@/features/catalogue/api/get-item';
import { searchItemsQuery } from '@/features/catalogue/api/search-items';
import { readSearchState } from '@/features/catalogue/search-state';
import { currentUserQueryOptions } from '@/features/identity/api/get-current-user';
import { loadPageMessages } from '@/lib/i18n/i18n';
import { AppLayout } from './routes/app-layout';
import { HomeRoute } from './routes/home';
import { NotFoundRoute } from './routes/not-found';
import { RouteErrorRoute } from './routes/route-error';

const preloads: (() => Promise<void>)[] = [];

/** A page whose code is loaded on demand; `preload` loads it now. */
type Page = ComponentType & { preload: () => Promise<void> };

/**
 * A page loaded when first visited: a visitor of the home page downloads neither the search page nor the editors',
 * organisers' and administrators' tools. The layout shows a loading message while the page's code arrives; once
 * loaded (or preloaded, see `preloadPage` and `preloadPages`) the page renders at once.
 */
function page<M>(load: () => Promise<M>, name: keyof M, messages: 'pages' | 'built-in' = 'pages'): Page {
  let loaded: ComponentType | undefined;
  const resolve = async () => {
    // The page's messages come with it (lib/i18n/messages/nl-pages.ts): it never shows a key. The pages visitors land
    // on from search engines and shared links have theirs built in (nl.ts; message-usage.test.ts checks it), so on a
    // phone their first view does not wait for the 16 kB of every other page's messages.
    const [module] = await Promise.all([load(), messages === 'pages' ? loadPageMessages() : undefined]);
    loaded = module[name] as ComponentType;
    return loaded;
  };
  const Lazy = lazy(async () => ({ default: await resolve() }));
  const preload = async () => void (await resolve());
  preloads.push(preload);
  return Object.assign(
    function Page() {
      return loaded ? createElement(loaded) : <Lazy />;
    },
    { preload },
  );
}

function isPage(type: unknown): type is Page {
  return typeof type === 'function' && 'preload' in type;
}

/** What a page shows first, besides its code: `preloadPage` requests it together with the code. */
interface PageHandle {
  prefetch: (client: QueryClient, params: Params, search: URLSearchParams) => Promise<void>;
}

const searchPage: PageHandle = {
  prefetch: (client, _params, search) => client.prefetchQuery(searchItemsQuery(readSearchState(search))),
};

const itemPage: PageHandle = {
  prefetch: (client, params) => client.prefetchQuery(itemQuery(params.slug ?? '')),
};

/**
 * Starts loading the code of the page at `location` and the data it shows first, side by side. The app calls it as
 * it starts, before the first render: left to React, the page's data would be requested only after its code arrived
 * and rendered, a round trip later, which on a phone's connection is what keeps the first result off the screen. The
 * data lands in the app's query cache under the page's own query key, so the page finds it there (or in flight) and
 * does not ask again. Resolves when both are in, whether or not they loaded.
 */
export function preloadPage(location: { pathname: string; search: string }, client: QueryClient): Promise<void> {
  // Who is there, which every page's header shows (boot.ts has asked already; this takes that answer).
  const loads: Promise<void>[] = [client.prefetchQuery(currentUserQueryOptions)];
  for (const { route, params } of matchRoutes(routes, location.pathname) ?? []) {
    const type: unknown = isValidElement(route.element) ? route.element.type : undefined;
    // A failed load is the page's own to report when it renders (the route's error page); here it is only early.
    if (isPage(type)) loads.push(type.preload().catch(() => undefined));
    const prefetch = (route.handle as PageHandle | undefined)?.prefetch(client, params, new URLSearchParams(location.search));
    if (prefetch) loads.push(prefetch);
  }
  return Promise.all(loads).then(() => undefined);
}

/** Loads every page's code now; tests call it so that pages render as soon as they are visited. */
export async function preloadPages(): Promise<void> {
  await Promise.all(preloads.map((preload) => preload()));
}

const routeModules = {
  about: () => import('./routes/about'),
  adminUsers: () => import('./routes/admin-users'),
  articles: () => import('./routes/articles'),
  balance: () => import('./routes/balance'),
  contributions: () => import('./routes/contributions'),
  editorEditItem: () => import('./routes/editor-edit-item'),
  editorHome: () => import('./routes/editor-home'),
  editorImport: () => import('./routes/editor-import'),
  editorNewItem: () => import('./routes/editor-new-item'),
  editorSearchWords: () => import('./routes/editor-search-words'),
  event: () => import('./routes/event'),
  events: () => import('./routes/events'),
  experts: () => import('./routes/experts'),
  follow: () => import('./routes/follow'),
  isop: () => import('./routes/isop'),
  item: () => import('./routes/item'),
  model: () => import('./routes/model'),
  myRegistrations: () => import('./routes/my-registrations'),
  organiser: () => import('./routes/organiser'),
  profile: () => import('./routes/profile'),
  search: () => import('./routes/search'),
};

const AboutRoute = page(routeModules.about, 'AboutRoute');
const MyContributionsRoute = page(routeModules.contributions, 'MyContributionsRoute');
const NewContributionRoute = page(routeModules.contributions, 'NewContributionRoute');
const EditContributionRoute = page(routeModules.contributions, 'EditContributionRoute');
const ContributionQueueRoute = page(routeModules.contributions, 'ContributionQueueRoute');
const ContributionReviewRoute = page(routeModules.contributions, 'ContributionReviewRoute');
const ModerationRoute = page(routeModules.contributions, 'ModerationRoute');
const AdminUsersRoute = page(routeModules.adminUsers, 'AdminUsersRoute');
const ArticleReviewRoute = page(routeModules.articles, 'ArticleReviewRoute');
const ArticleRoute = page(routeModules.articles, 'ArticleRoute');
const BalanceScanRoute = page(routeModules.balance, 'BalanceScanRoute');
const JoinTeamRoute = page(routeModules.balance, 'JoinTeamRoute');
const MyBalanceRoute = page(routeModules.balance, 'MyBalanceRoute');
const SavedScanRoute = page(routeModules.balance, 'SavedScanRoute');
const TeamRoute = page(routeModules.balance, 'TeamRoute');
const EditArticleRoute = page(routeModules.articles, 'EditArticleRoute');
const ExpertProfileEditRoute = page(routeModules.articles, 'ExpertProfileEditRoute');
const MyArticlesRoute = page(routeModules.articles, 'MyArticlesRoute');
const NewArticleRoute = page(routeModules.articles, 'NewArticleRoute');
const ReviewQueueRoute = page(routeModules.articles, 'ReviewQueueRoute');
const EditorEditItemRoute = page(routeModules.editorEditItem, 'EditorEditItemRoute');
const EditorHomeRoute = page(routeModules.editorHome, 'EditorHomeRoute');
const EditorImportRoute = page(routeModules.editorImport, 'EditorImportRoute');
const EditorNewItemRoute = page(routeModules.editorNewItem, 'EditorNewItemRoute');
const EditorSearchWordsRoute = page(routeModules.editorSearchWords, 'EditorSearchWordsRoute');
const EventRoute = page(routeModules.event, 'EventRoute');
const EventsRoute = page(routeModules.events, 'EventsRoute');
const ExpertRoute = page(routeModules.experts, 'ExpertRoute');
const ExpertsRoute = page(routeModules.experts, 'ExpertsRoute');
const FollowRoute = page(routeModules.follow, 'FollowRoute');
const CollectionRoute = page(routeModules.follow, 'CollectionRoute');
const SharedCollectionRoute = page(routeModules.follow, 'SharedCollectionRoute');
const UnsubscribeRoute = page(routeModules.follow, 'UnsubscribeRoute');
const IsopApplyRoute = page(routeModules.isop, 'IsopApplyRoute');
const IsopDossierRoute = page(routeModules.isop, 'IsopDossierRoute');
const IsopRegisterRoute = page(routeModules.isop, 'IsopRegisterRoute');
const IsopSchoolRoute = page(routeModules.isop, 'IsopSchoolRoute');
const MyIsopRoute = page(routeModules.isop, 'MyIsopRoute');
const ItemRoute = page(routeModules.item, 'ItemRoute', 'built-in');
const ModelRoute = page(routeModules.model, 'ModelRoute');
const MyRegistrationsRoute = page(routeModules.myRegistrations, 'MyRegistrationsRoute');
const OrganiserAttendeesRoute = page(routeModules.organiser, 'OrganiserAttendeesRoute');
const OrganiserEditEventRoute = page(routeModules.organiser, 'OrganiserEditEventRoute');
const OrganiserNewEventRoute = page(routeModules.organiser, 'OrganiserNewEventRoute');
const OrganiserRoute = page(routeModules.organiser, 'OrganiserRoute');
const ProfileRoute = page(routeModules.profile, 'ProfileRoute');
const SearchRoute = page(routeModules.search, 'SearchRoute', 'built-in');

// Paths are Dutch, the portal's primary language; the backend serves index.html for each of them.
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'zoeken', element: <SearchRoute />, handle: searchPage },
      { path: 'items/:slug', element: <ItemRoute />, handle: itemPage },
      { path: 'model', element: <ModelRoute /> },
      { path: 'redactie', element: <EditorHomeRoute /> },
      { path: 'redactie/items/nieuw', element: <EditorNewItemRoute /> },
      { path: 'redactie/items/:id', element: <EditorEditItemRoute /> },
      { path: 'redactie/import', element: <EditorImportRoute /> },
      { path: 'redactie/zoekwoorden', element: <EditorSearchWordsRoute /> },
      { path: 'redactie/artikelen', element: <ReviewQueueRoute /> },
      { path: 'redactie/artikelen/:id', element: <ArticleReviewRoute /> },
      { path: 'artikelen/:slug', element: <ArticleRoute /> },
      { path: 'redactie/bijdragen', element: <ContributionQueueRoute /> },
      { path: 'redactie/bijdragen/:id', element: <ContributionReviewRoute /> },
      { path: 'redactie/moderatie', element: <ModerationRoute /> },
      { path: 'mijn-bijdragen', element: <MyContributionsRoute /> },
      { path: 'mijn-bijdragen/nieuw', element: <NewContributionRoute /> },
      { path: 'mijn-bijdragen/:id', element: <EditContributionRoute /> },
      { path: 'experts', element: <ExpertsRoute /> },
      { path: 'experts/:slug', element: <ExpertRoute /> },
      { path: 'mijn-artikelen', element: <MyArticlesRoute /> },
      { path: 'mijn-artikelen/nieuw', element: <NewArticleRoute /> },
      { path: 'mijn-artikelen/profiel', element: <ExpertProfileEditRoute /> },
      { path: 'mijn-artikelen/:id', element: <EditArticleRoute /> },
      { path: 'bijeenkomsten', element: <EventsRoute /> },
      { path: 'bijeenkomsten/:id', element: <EventRoute /> },
      { path: 'mijn-aanmeldingen', element: <MyRegistrationsRoute /> },
      { path: 'organisator', element: <OrganiserRoute /> },
      { path: 'organisator/nieuw', element: <OrganiserNewEventRoute /> },
      { path: 'organisator/:id/bewerken', element: <OrganiserEditEventRoute /> },
      { path: 'organisator/:id/deelnemers', element: <OrganiserAttendeesRoute /> },
      { path: 'balansscan', element: <BalanceScanRoute /> },
      { path: 'balansscan/mijn', element: <MyBalanceRoute /> },
      { path: 'balansscan/scans/:id', element: <SavedScanRoute /> },
      { path: 'balansscan/teams/:id', element: <TeamRoute /> },
      { path: 'balansscan/teams/:id/deelnemen', element: <JoinTeamRoute /> },
      { path: 'volgen', element: <FollowRoute /> },
      { path: 'volgen/collecties/:id', element: <CollectionRoute /> },
      { path: 'collecties/:token', element: <SharedCollectionRoute /> },
      { path: 'afmelden', element: <UnsubscribeRoute /> },
      { path: 'isop', element: <IsopRegisterRoute /> },
      { path: 'isop/:slug', element: <IsopSchoolRoute /> },
      { path: 'mijn-isop', element: <MyIsopRoute /> },
      { path: 'mijn-isop/aanmelden', element: <IsopApplyRoute /> },
      { path: 'mijn-isop/:id', element: <IsopDossierRoute /> },
      { path: 'over', element: <AboutRoute /> },
      { path: 'profiel', element: <ProfileRoute /> },
      { path: 'beheer/gebruikers', element: <AdminUsersRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];

/**
 * The route table, in React Router's declarative mode: the app loads no data through the router, and the data
 * router's machinery would cost every visitor about 16 kB (gzip) of script. A page that fails to render shows the
 * error page, until the next navigation.
 */
export function AppRoutes() {
  const { pathname } = useLocation();
  return <RouteErrorBoundary pathname={pathname}>{useRoutes(routes)}</RouteErrorBoundary>;
}

interface BoundaryProps {
  pathname: string;
  children: ReactNode;
}

class RouteErrorBoundary extends Component<BoundaryProps, { failedAt: string | null }> {
  override state = { failedAt: null as string | null };

  static getDerivedStateFromError(): Partial<{ failedAt: string | null }> {
    return { failedAt: '' };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo) {
    console.error('A page failed to render', error, info.componentStack);
    this.setState({ failedAt: this.props.pathname });
  }

  override render() {
    const { failedAt } = this.state;
    const failedHere = failedAt !== null && (failedAt === '' || failedAt === this.props.pathname);
    return failedHere ? <RouteErrorRoute /> : this.props.children;
  }
}
