import type { ReactNode } from 'react';
import { ProblemError } from '@/lib/problem-details';
import { ErrorAlert } from './error-alert';

/** Whether a failed load means the thing is not there (a 404), rather than that loading it went wrong. */
export function isNotFound(error: unknown): boolean {
  return error instanceof ProblemError && error.status === 404;
}

/** A page whose content did not load: its heading, and what went wrong with a way to try again. */
export function PageError({ title, error, onRetry }: { title: string; error: unknown; onRetry: () => void }) {
  return (
    <div className="stack">
      <h1>{title}</h1>
      <ErrorAlert error={error} onRetry={onRetry} />
    </div>
  );
}

/** A page for something that does not exist (any more): what the reader sees instead, and optionally a way on. */
export function PageNotFound({ title, text, children }: { title: string; text: string; children?: ReactNode }) {
  return (
    <div className="stack">
      <h1>{title}</h1>
      <p className="lead">{text}</p>
      {children}
    </div>
  );
}

interface LoadedPageProps<T> {
  /** The page's query (react-query's result, or the fields of it this reads). */
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  /** Said while it loads. */
  loading: string;
  /** The page's heading when it did not load. */
  title: string;
  children: (data: T) => ReactNode;
}

/** A page of one thing to load: a status line while it loads, `PageError` if it failed, the content once it is in. */
export function LoadedPage<T>({ query, loading, title, children }: LoadedPageProps<T>) {
  if (query.isPending) return <p role="status">{loading}</p>;
  if (query.error || query.data === undefined) return <PageError title={title} error={query.error} onRetry={() => void query.refetch()} />;
  return children(query.data);
}
