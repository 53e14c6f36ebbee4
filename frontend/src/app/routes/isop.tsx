import { useMemo } from 'react';
import { useParams } from 'react-router';
import { searchItems } from '@/features/catalogue/api/search-items';
import { readSearchState } from '@/features/catalogue/search-state';
import { getEvents } from '@/features/events/api/get-events';
import { ApplyForm } from '@/features/isop/components/apply-form';
import { DossierPage } from '@/features/isop/components/dossier-page';
import { MyDossiers } from '@/features/isop/components/my-dossiers';
import { RegisterPage } from '@/features/isop/components/register-page';
import { SchoolPageView } from '@/features/isop/components/school-page';
import type { LinkSources } from '@/features/isop/api/types';
import { hasRole } from '@/features/identity/api/get-current-user';
import { RequireUser } from '@/features/identity/components/require-user';
import { formatDateTime } from '@/lib/format';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { taxonomyLabel } from '@/lib/taxonomy-labels';
import { pageRoute } from './page';

/** The public register of ISOP schools (`/isop`). */
export const IsopRegisterRoute = pageRoute(
  { title: 'isop.registerTitle', lead: 'isop.registerIntro' },
  <RegisterPage />,
);

/** A school's public page (`/isop/<slug>`). */
export function IsopSchoolRoute() {
  const { slug = '' } = useParams();
  return <SchoolPageView key={slug} slug={slug} />;
}

/** The dossiers a school contact, assessor or editor works on (`/mijn-isop`). */
export const MyIsopRoute = pageRoute(
  { title: 'isop.myTitle', lead: 'isop.myIntro' },
  <RequireUser>{(user) => <MyDossiers canApply={hasRole(user, 'SCHOOL_CONTACT')} />}</RequireUser>,
);

export const IsopApplyRoute = pageRoute(
  { title: 'isop.applyTitle', lead: 'isop.applyIntro', requiredRole: 'SCHOOL_CONTACT' },
  <ApplyForm />,
);

/**
 * Where a school finds what to share: the catalogue's search (published items) and the events list (upcoming ones:
 * an event that has begun can no longer be shared), through those features' own API calls.
 */
function useLinkSources(): LinkSources {
  const { t, language } = useI18n();
  return useMemo(
    () => ({
      items: (q, signal) =>
        searchItems(readSearchState(new URLSearchParams({ q })), signal).then((found) =>
          found.items.map((item) => ({
            id: item.slug,
            title: item.title,
            detail: [taxonomyLabel(t, 'type', item.type), item.organisation].filter(Boolean).join(', '),
          })),
        ),
      events: (q, signal) =>
        getEvents({ q }, signal).then((page) =>
          page.events
            .filter((event) => new Date(event.startsAt).getTime() > Date.now())
            .map((event) => ({
              id: event.id,
              title: event.title,
              detail: [formatDateTime(language, event.startsAt), event.venue?.city].filter(Boolean).join(', '),
            })),
        ),
    }),
    [t, language],
  );
}

export function IsopDossierRoute() {
  const { id = '' } = useParams();
  const linkSources = useLinkSources();
  return <RequireUser>{() => <DossierPage key={id} id={id} linkSources={linkSources} />}</RequireUser>;
}
