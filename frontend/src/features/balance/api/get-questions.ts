import { useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { Question } from './types';

/** The 30 questions, from the model the catalogue browses by (the counts are not used here). */
export function getQuestions(signal?: AbortSignal): Promise<Question[]> {
  return api
    .get<{ cells: Question[] }>('/api/model', signal ? { signal } : undefined)
    .then((model) =>
      model.cells.map(({ partnership, aspect, question, questionEn }) => ({ partnership, aspect, question, questionEn })),
    );
}

export function useQuestions() {
  return useQuery({ queryKey: ['balance', 'questions'], queryFn: ({ signal }) => getQuestions(signal), staleTime: Infinity });
}
