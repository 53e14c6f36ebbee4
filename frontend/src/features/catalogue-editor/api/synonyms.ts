import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { refreshAfterWrite } from './save-item';

/** Each group is one line: words that mean the same, separated by commas ("MR, medezeggenschapsraad"). */
export interface Synonyms {
  groups: string[];
}

const synonymsKey = ['catalogue-editor', 'synonyms'] as const;

export function getSynonyms(signal?: AbortSignal): Promise<Synonyms> {
  return api.get<Synonyms>('/api/search/synonyms', signal ? { signal } : undefined);
}

export function putSynonyms(synonyms: Synonyms): Promise<Synonyms> {
  return api.put<Synonyms>('/api/search/synonyms', { body: synonyms });
}

export function useSynonyms() {
  return useQuery({ queryKey: synonymsKey, queryFn: ({ signal }) => getSynonyms(signal), staleTime: Infinity });
}

export function useSaveSynonyms() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: putSynonyms,
    onSuccess: (saved) => {
      queryClient.setQueryData(synonymsKey, saved);
      // Synonyms change what searches find.
      return refreshAfterWrite(queryClient);
    },
  });
}
