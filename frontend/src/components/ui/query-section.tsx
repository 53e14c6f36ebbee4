import type { ReactNode } from 'react';
import type { MessageKey } from '@/lib/i18n/i18n';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { ErrorAlert } from './error-alert';
import { Section } from './section';

/** What a section needs to know of its query (TanStack Query's result has it). */
export interface SectionQuery {
  isPending: boolean;
  error: Error | null;
  refetch: () => unknown;
}

/** The texts are message keys, like a page's (`app/routes/page.tsx`). */
interface QuerySectionProps {
  title: MessageKey;
  /** A paragraph under the heading, shown while loading too. */
  intro?: MessageKey;
  /** The status line while the query loads. */
  loading: MessageKey;
  query: SectionQuery;
  /** The content: rendered always, so it shows what it has (usually only once the query's data is there). */
  children?: ReactNode;
}

/**
 * A section that shows what a query loaded: its heading (and introduction), a status line while it loads, what went
 * wrong with a way to try again, then the content.
 */
export function QuerySection({ title, intro, loading, query, children }: QuerySectionProps) {
  const { t } = useI18n();
  return (
    <Section title={t(title)} intro={intro && t(intro)}>
      {query.isPending && <p role="status">{t(loading)}</p>}
      {query.error && <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />}
      {children}
    </Section>
  );
}
