import { useParams } from 'react-router';
import { ApplyForm } from '@/features/isop/components/apply-form';
import { DossierPage } from '@/features/isop/components/dossier-page';
import { MyDossiers } from '@/features/isop/components/my-dossiers';
import { RegisterPage } from '@/features/isop/components/register-page';
import { SchoolPageView } from '@/features/isop/components/school-page';
import { hasRole } from '@/features/identity/api/get-current-user';
import { RequireUser } from '@/features/identity/components/require-user';
import { Page } from './page';

/** The public register of ISOP schools (`/isop`). */
export function IsopRegisterRoute() {
  return (
    <Page title="isop.registerTitle" lead="isop.registerIntro">
      <RegisterPage />
    </Page>
  );
}

/** A school's public page (`/isop/<slug>`). */
export function IsopSchoolRoute() {
  const { slug = '' } = useParams();
  return <SchoolPageView key={slug} slug={slug} />;
}

/** The dossiers a school contact, assessor or editor works on (`/mijn-isop`). */
export function MyIsopRoute() {
  return (
    <Page title="isop.myTitle" lead="isop.myIntro">
      <RequireUser>{(user) => <MyDossiers canApply={hasRole(user, 'SCHOOL_CONTACT')} />}</RequireUser>
    </Page>
  );
}

export function IsopApplyRoute() {
  return (
    <Page title="isop.applyTitle" lead="isop.applyIntro" requiredRole="SCHOOL_CONTACT">
      <ApplyForm />
    </Page>
  );
}

export function IsopDossierRoute() {
  const { id = '' } = useParams();
  return <RequireUser>{() => <DossierPage key={id} id={id} />}</RequireUser>;
}
