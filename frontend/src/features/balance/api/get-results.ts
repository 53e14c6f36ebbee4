import { useMutation } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Results, ScanRequest } from './types';

/** Results for answers that are stored nowhere: anyone may ask, logged in or not. */
export function getResults(request: ScanRequest): Promise<Results> {
  return api.post<Results>('/api/balance/results', { body: request });
}

export function useResults() {
  return useMutation({ mutationFn: getResults });
}
