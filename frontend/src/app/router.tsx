import type { RouteObject } from 'react-router';
import { AboutRoute } from './routes/about';
import { AdminUsersRoute } from './routes/admin-users';
import { AppLayout } from './routes/app-layout';
import {
  ArticleReviewRoute,
  ArticleRoute,
  EditArticleRoute,
  ExpertProfileEditRoute,
  MyArticlesRoute,
  NewArticleRoute,
  ReviewQueueRoute,
} from './routes/articles';
import { EditorEditItemRoute } from './routes/editor-edit-item';
import { EditorHomeRoute } from './routes/editor-home';
import { EditorImportRoute } from './routes/editor-import';
import { EditorNewItemRoute } from './routes/editor-new-item';
import { EditorSearchWordsRoute } from './routes/editor-search-words';
import { EventRoute } from './routes/event';
import { EventsRoute } from './routes/events';
import { ExpertRoute, ExpertsRoute } from './routes/experts';
import { HomeRoute } from './routes/home';
import { ItemRoute } from './routes/item';
import { MyRegistrationsRoute } from './routes/my-registrations';
import { NotFoundRoute } from './routes/not-found';
import {
  OrganiserAttendeesRoute,
  OrganiserEditEventRoute,
  OrganiserNewEventRoute,
  OrganiserRoute,
} from './routes/organiser';
import { ProfileRoute } from './routes/profile';
import { RouteErrorRoute } from './routes/route-error';
import { SearchRoute } from './routes/search';

// Paths are Dutch, the portal's primary language; the backend serves index.html for each of them.
export const routes: RouteObject[] = [
  {
    element: <AppLayout />,
    errorElement: <RouteErrorRoute />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'zoeken', element: <SearchRoute /> },
      { path: 'items/:slug', element: <ItemRoute /> },
      { path: 'redactie', element: <EditorHomeRoute /> },
      { path: 'redactie/items/nieuw', element: <EditorNewItemRoute /> },
      { path: 'redactie/items/:id', element: <EditorEditItemRoute /> },
      { path: 'redactie/import', element: <EditorImportRoute /> },
      { path: 'redactie/zoekwoorden', element: <EditorSearchWordsRoute /> },
      { path: 'redactie/artikelen', element: <ReviewQueueRoute /> },
      { path: 'redactie/artikelen/:id', element: <ArticleReviewRoute /> },
      { path: 'artikelen/:slug', element: <ArticleRoute /> },
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
      { path: 'over', element: <AboutRoute /> },
      { path: 'profiel', element: <ProfileRoute /> },
      { path: 'beheer/gebruikers', element: <AdminUsersRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
