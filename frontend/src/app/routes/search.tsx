import { SearchBox } from '@/features/catalogue/components/search-box';
import { SearchResults } from '@/features/catalogue/components/search-results';
import { restart, toSearchParams } from '@/features/catalogue/search-state';
import { useSearchState } from '@/features/catalogue/use-search-state';
import { useCurrentUser } from '@/features/identity/api/get-current-user';
import { useDocumentTitle } from '@/hooks/use-document-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { onDemand } from '@/lib/on-demand';

const SaveSearchForm = onDemand(() => import('@/features/follow/components/save-search-form'), 'SaveSearchForm');

export function SearchRoute() {
  const { t } = useI18n();
  const [state, go] = useSearchState();
  const { data: user } = useCurrentUser();
  useDocumentTitle(state.q ? `${state.q} – ${t('search.title')}` : t('search.title'));
  return (
    <div className="stack">
      <h1>{t('search.title')}</h1>
      {/* The introduction is for arriving; once there is a search, its results come first. */}
      {!state.q && <p className="lead">{t('search.intro')}</p>}
      {/* Keyed by the text so Back and Forward show the text of the search they return to. */}
      <SearchBox key={state.q} defaultValue={state.q} onSearch={(q) => go(restart(state, { q }))} />
      {/* Keyed by the search, so a changed search can be saved again. */}
      {user && (
        <SaveSearchForm
          key={toSearchParams({ q: state.q, facets: state.facets }).toString()}
          search={{ q: state.q, facets: state.facets }}
        />
      )}
      <SearchResults />
    </div>
  );
}
