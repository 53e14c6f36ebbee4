import type { ComponentType, ReactNode } from 'react';
import { useParams } from 'react-router';
import { hasRole, useCurrentUser, type Role } from '@/features/identity/api/get-current-user';
import { RequireUser } from '@/features/identity/components/require-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import type { MessageKey } from '@/lib/i18n/i18n';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface PageProps {
  /** The message of the heading, and of the browser tab's title (screen readers announce it after navigation). */
  title: MessageKey;
  /** The message of the introduction under the heading. */
  lead?: MessageKey;
  /**
   * The role the page is for; others get a login prompt or a "not allowed" note under the heading, and neither the
   * lead nor the content (`MEMBER`: anyone logged in). The backend enforces the same rule.
   */
  requiredRole?: Role;
  children?: ReactNode;
}

/** The frame of a simple page: one heading that is also the tab's title, an optional lead, the content. */
export function Page({ title, lead, requiredRole, children }: PageProps) {
  const { t } = useI18n();
  useDocumentTitle(t(title));
  const body = (
    <>
      {lead && <p className="lead">{t(lead)}</p>}
      {children}
    </>
  );
  return (
    <div className="stack">
      <h1>{t(title)}</h1>
      {requiredRole ? <RequireUser requiredRole={requiredRole}>{() => body}</RequireUser> : body}
    </div>
  );
}

/**
 * A route that is nothing but a page's frame around fixed content (a feature's component, no route parameters):
 * `pageRoute({ title, lead, requiredRole }, <Content />)`.
 */
export function pageRoute(frame: Omit<PageProps, 'children'>, content: ReactNode): ComponentType {
  return function PageRoute() {
    return <Page {...frame}>{content}</Page>;
  };
}

/**
 * A route whose content draws its own heading (an editor, a review) and is for people with `role` only (`MEMBER`:
 * anyone logged in); anyone else gets Page's frame under `title` with its login prompt or "not allowed" note.
 * `content` gets the route's `:id`.
 */
export function ownPageRoute(role: Role, title: MessageKey, content: (id: string) => ReactNode): ComponentType {
  return function OwnPageRoute() {
    const { id = '' } = useParams();
    const { data: user } = useCurrentUser();
    if (role === 'MEMBER' ? user : hasRole(user, role)) return content(id);
    return <Page title={title} requiredRole={role} />;
  };
}
