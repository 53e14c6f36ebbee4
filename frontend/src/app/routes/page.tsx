import type { ReactNode } from 'react';
import type { Role } from '@/features/identity/api/get-current-user';
import { RequireUser } from '@/features/identity/components/require-user';
import { useDocumentTitle } from '@/hooks/use-document-title';

interface PageProps {
  /** The heading, and the browser tab's title (screen readers announce it after navigation). */
  title: string;
  /** The introduction under the heading. */
  lead?: string;
  /**
   * The role the page is for; others get a login prompt or a "not allowed" note under the heading, and neither the
   * lead nor the content. The backend enforces the same rule.
   */
  requiredRole?: Role;
  children?: ReactNode;
}

/** The frame of a simple page: one heading that is also the tab's title, an optional lead, the content. */
export function Page({ title, lead, requiredRole, children }: PageProps) {
  useDocumentTitle(title);
  const body = (
    <>
      {lead && <p className="lead">{lead}</p>}
      {children}
    </>
  );
  return (
    <div className="stack">
      <h1>{title}</h1>
      {requiredRole ? <RequireUser requiredRole={requiredRole}>{() => body}</RequireUser> : body}
    </div>
  );
}
