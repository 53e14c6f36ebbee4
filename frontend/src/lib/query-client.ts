import { QueryClient } from '@tanstack/react-query';
import { ProblemError } from './problem-details';

const MAX_RETRIES = 2;

// A 4xx problem will not go away by asking again; network errors and 5xx answers might.
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ProblemError && error.status < 500) return false;
  return failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
}
