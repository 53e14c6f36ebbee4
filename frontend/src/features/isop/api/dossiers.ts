import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type {
  Assessor,
  AssignInput,
  Decision,
  Dossier,
  DossierSummary,
  EvidenceInput,
  FindingInput,
  Guideline,
  Linked,
  LinksInput,
  SchoolApplication,
  VisitInput,
} from './types';

const base = (id: string) => `/api/isop/dossiers/${encodeURIComponent(id)}`;

export function useDossiers() {
  return useQuery({
    queryKey: ['isop', 'dossiers'],
    queryFn: ({ signal }) => api.get<{ dossiers: DossierSummary[] }>('/api/isop/dossiers', { signal }),
  });
}

export function useDossier(id: string) {
  return useQuery({
    queryKey: ['isop', 'dossier', id],
    queryFn: ({ signal }) => api.get<Dossier>(base(id), { signal }),
  });
}

export function useAssessors(enabled: boolean) {
  return useQuery({
    queryKey: ['isop', 'assessors'],
    queryFn: ({ signal }) => api.get<{ assessors: Assessor[] }>('/api/isop/assessors', { signal }),
    enabled,
  });
}

export function applyForLabel(input: SchoolApplication): Promise<Dossier> {
  return api.post<Dossier>('/api/isop/dossiers', { body: input });
}

export function useApply() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: applyForLabel,
    onSuccess: (dossier) => {
      queryClient.setQueryData(['isop', 'dossier', dossier.id], dossier);
      return queryClient.invalidateQueries({ queryKey: ['isop', 'dossiers'] });
    },
  });
}

/** One change to a dossier; the answer is the dossier as it is now, which replaces the cached one. */
function useDossierChange<V>(id: string, send: (variables: V) => Promise<Dossier>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: (dossier) => {
      queryClient.setQueryData(['isop', 'dossier', id], dossier);
      return queryClient.invalidateQueries({ queryKey: ['isop'], predicate: (query) => query.queryKey[1] !== 'dossier' });
    },
  });
}

export function useAddEvidence(id: string) {
  return useDossierChange(id, ({ guideline, input }: { guideline: Guideline; input: EvidenceInput }) =>
    api.post<Dossier>(`${base(id)}/sections/${guideline}/evidence`, { body: input }),
  );
}

export function useUploadEvidence(id: string) {
  return useDossierChange(id, ({ guideline, file }: { guideline: Guideline; file: File }) => {
    const form = new FormData();
    form.append('file', file, file.name);
    return api.post<Dossier>(`${base(id)}/sections/${guideline}/files`, { body: form });
  });
}

export function useRemoveEvidence(id: string) {
  return useDossierChange(id, (evidenceId: string) =>
    api.delete<Dossier>(`${base(id)}/evidence/${encodeURIComponent(evidenceId)}`),
  );
}

export function useStep(id: string) {
  return useDossierChange(id, (step: 'submit' | 'restart') => api.post<Dossier>(`${base(id)}/${step}`));
}

export function useConsent(id: string) {
  return useDossierChange(id, (given: boolean) => api.put<Dossier>(`${base(id)}/consent`, { body: { given } }));
}

export function useAssign(id: string) {
  return useDossierChange(id, (input: AssignInput) => api.post<Dossier>(`${base(id)}/assign`, { body: input }));
}

export function useLinked(id: string) {
  return useQuery({
    queryKey: ['isop', 'linked', id],
    queryFn: ({ signal }) => api.get<Linked>(`${base(id)}/links`, { signal }),
  });
}

export function useSaveLinks(id: string) {
  return useDossierChange(id, (input: LinksInput) => api.put<Dossier>(`${base(id)}/links`, { body: input }));
}

/** Withdraws the dossier: gone from every list, and from the cache. */
export function useDeleteDossier(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api.delete<void>(base(id)),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: ['isop', 'dossier', id] });
      return queryClient.invalidateQueries({ queryKey: ['isop', 'dossiers'] });
    },
  });
}

export function usePlanVisit(id: string) {
  return useDossierChange(id, (input: VisitInput) => api.post<Dossier>(`${base(id)}/visits`, { body: input }));
}

export function useRecordFinding(id: string) {
  return useDossierChange(id, ({ guideline, input }: { guideline: Guideline; input: FindingInput }) =>
    api.put<Dossier>(`${base(id)}/sections/${guideline}/finding`, { body: input }),
  );
}

export function useDecide(id: string) {
  return useDossierChange(id, ({ decision, reason }: { decision: Decision; reason: string }) =>
    api.post<Dossier>(`${base(id)}/${decision}`, { body: { reason } }),
  );
}
