import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import { useBalanceChange } from './balance-change';
import type { ActionInput, ActionView, ScanRequest, TeamInput, TeamSummary, TeamView } from './types';

const teamPath = (id: string) => `/api/balance/teams/${encodeURIComponent(id)}`;

export function getMyTeams(signal?: AbortSignal): Promise<{ teams: TeamSummary[] }> {
  return api.get<{ teams: TeamSummary[] }>('/api/balance/teams', signal ? { signal } : undefined);
}

export function useMyTeams() {
  return useQuery({ queryKey: ['balance', 'teams'], queryFn: ({ signal }) => getMyTeams(signal) });
}

export function getTeam(id: string, signal?: AbortSignal): Promise<TeamView> {
  return api.get<TeamView>(teamPath(id), signal ? { signal } : undefined);
}

export function useTeam(id: string) {
  return useQuery({ queryKey: ['balance', 'teams', id], queryFn: ({ signal }) => getTeam(id, signal) });
}

/** Every change to a team answers with the team as the caller now sees it. */
function useTeamChange<Input>(change: (input: Input) => Promise<TeamView>) {
  return useBalanceChange('teams', change);
}

export function useCreateTeam() {
  return useTeamChange((input: TeamInput) => api.post<TeamView>('/api/balance/teams', { body: input }));
}

export function useJoinTeam(id: string) {
  return useTeamChange((token: string) => api.post<TeamView>(`${teamPath(id)}/join`, { body: { token } }));
}

export function useAnswerTeam(id: string) {
  return useTeamChange((request: ScanRequest) => api.put<TeamView>(`${teamPath(id)}/answers`, { body: request }));
}

export function useNewRound(id: string) {
  return useTeamChange(() => api.post<TeamView>(`${teamPath(id)}/rounds`));
}

/** Adds an action, or changes one (with the version it was loaded with); the team is loaded again after. */
export function useSaveAction(teamId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ input, action }: { input: ActionInput; action?: ActionView }) =>
      action
        ? api.put<ActionView>(`${teamPath(teamId)}/actions/${encodeURIComponent(action.id)}`, {
            body: input,
            headers: { 'If-Match': action.version },
          })
        : api.post<ActionView>(`${teamPath(teamId)}/actions`, { body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['balance', 'teams', teamId] }),
  });
}
