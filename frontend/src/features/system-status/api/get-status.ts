import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type HealthStatus = 'UP' | 'DOWN';

export interface ComponentHealth {
  status: HealthStatus;
  version?: string;
}

export interface ElasticsearchHealth extends ComponentHealth {
  clusterStatus?: 'green' | 'yellow' | 'red';
}

/** `GET /api/status`: answers 200 even when a component is down; `status` is UP only when every component is. */
export interface SystemStatus {
  status: HealthStatus;
  components: {
    backend?: ComponentHealth;
    elasticsearch?: ElasticsearchHealth;
  };
}

export function getStatus(signal?: AbortSignal): Promise<SystemStatus> {
  return api.get<SystemStatus>('/api/status', signal ? { signal } : undefined);
}

export const statusQueryOptions = queryOptions({
  queryKey: ['system-status'],
  queryFn: ({ signal }) => getStatus(signal),
  staleTime: 0,
});

export function useSystemStatus() {
  return useQuery(statusQueryOptions);
}
