import type { RouteObject } from 'react-router';
import { MainLayout } from '@/components/layouts/main-layout';
import { AboutRoute } from './routes/about';
import { EventRoute } from './routes/event';
import { EventsRoute } from './routes/events';
import { HomeRoute } from './routes/home';
import { MyRegistrationsRoute } from './routes/my-registrations';
import { NotFoundRoute } from './routes/not-found';
import {
  OrganiserAttendeesRoute,
  OrganiserEditEventRoute,
  OrganiserNewEventRoute,
  OrganiserRoute,
} from './routes/organiser';
import { RouteErrorRoute } from './routes/route-error';
import { SearchRoute } from './routes/search';

// Paths are Dutch, the portal's primary language; the backend serves index.html for each of them.
export const routes: RouteObject[] = [
  {
    element: <MainLayout />,
    errorElement: <RouteErrorRoute />,
    children: [
      { index: true, element: <HomeRoute /> },
      { path: 'zoeken', element: <SearchRoute /> },
      { path: 'bijeenkomsten', element: <EventsRoute /> },
      { path: 'bijeenkomsten/:id', element: <EventRoute /> },
      { path: 'mijn-aanmeldingen', element: <MyRegistrationsRoute /> },
      { path: 'organisator', element: <OrganiserRoute /> },
      { path: 'organisator/nieuw', element: <OrganiserNewEventRoute /> },
      { path: 'organisator/:id/bewerken', element: <OrganiserEditEventRoute /> },
      { path: 'organisator/:id/deelnemers', element: <OrganiserAttendeesRoute /> },
      { path: 'over', element: <AboutRoute /> },
      { path: '*', element: <NotFoundRoute /> },
    ],
  },
];
