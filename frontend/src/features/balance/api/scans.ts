import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { useBalanceChange } from './balance-change';
import type { ScanRequest, ScanSummary, ScanView } from './types';

export function getMyScans(signal?: AbortSignal): Promise<{ scans: ScanSummary[] }> {
  return api.get<{ scans: ScanSummary[] }>('/api/balance/scans', signal ? { signal } : undefined);
}

export function useMyScans() {
  return useQuery({ queryKey: ['balance', 'scans'], queryFn: ({ signal }) => getMyScans(signal) });
}

export function getScan(id: string, signal?: AbortSignal): Promise<ScanView> {
  return api.get<ScanView>(`/api/balance/scans/${encodeURIComponent(id)}`, signal ? { signal } : undefined);
}

export function useScan(id: string) {
  return useQuery({ queryKey: ['balance', 'scans', id], queryFn: ({ signal }) => getScan(id, signal) });
}

export function saveScan(request: ScanRequest): Promise<ScanView> {
  return api.post<ScanView>('/api/balance/scans', { body: request });
}

export function useSaveScan() {
  return useBalanceChange('scans', saveScan);
}
