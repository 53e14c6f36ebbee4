import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { RegisterPage, SchoolPage } from './types';

export interface RegisterQuery {
  q: string;
  province: string[];
  sector: string[];
}

export function getRegister(query: RegisterQuery, signal?: AbortSignal): Promise<RegisterPage> {
  return api.get<RegisterPage>('/api/isop/schools', {
    query: { q: query.q || undefined, province: query.province, sector: query.sector },
    ...(signal && { signal }),
  });
}

export function useRegister(query: RegisterQuery) {
  return useQuery({
    queryKey: ['isop', 'register', query],
    queryFn: ({ signal }) => getRegister(query, signal),
    placeholderData: keepPreviousData,
  });
}

export function getSchool(slug: string, signal?: AbortSignal): Promise<SchoolPage> {
  return api.get<SchoolPage>(`/api/isop/schools/${encodeURIComponent(slug)}`, signal ? { signal } : undefined);
}

export function useSchool(slug: string) {
  return useQuery({ queryKey: ['isop', 'school', slug], queryFn: ({ signal }) => getSchool(slug, signal) });
}
