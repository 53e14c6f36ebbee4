import type { ComponentType, ReactNode } from 'react';
import type { Role } from '@/features/identity/api/get-current-user';
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
