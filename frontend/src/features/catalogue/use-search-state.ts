import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { SearchState } from './api/search-items';
import { readSearchState, toSearchParams } from './search-state';

/** The search in the current URL, and a way to go to another one (a new history entry, so Back returns). */
export function useSearchState(): [SearchState, (next: SearchState) => void] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => readSearchState(params), [params]);
  // Synchronous, so a ticked checkbox shows (and is announced as) ticked at once, not after the navigation settles.
  const go = useCallback((next: SearchState) => setParams(toSearchParams(next), { flushSync: true }), [setParams]);
  return [state, go];
}
