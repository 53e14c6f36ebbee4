import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export interface ModelCell {
  partnership: string;
  aspect: string;
  /** The cell's question, in Dutch. */
  question: string;
  /** The same question in English. */
  questionEn: string;
  count: number;
}

export interface PartnershipModelCounts {
  sector: string | null;
  cells: ModelCell[];
}

export function getModel(sector: string | undefined, signal?: AbortSignal): Promise<PartnershipModelCounts> {
  return api.get<PartnershipModelCounts>('/api/model', { query: { sector }, ...(signal && { signal }) });
}

export function useModel(sector: string | undefined) {
  return useQuery({
    queryKey: ['catalogue', 'model', sector ?? null],
    queryFn: ({ signal }) => getModel(sector, signal),
    placeholderData: keepPreviousData,
  });
}
