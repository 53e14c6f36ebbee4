import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

export type ReactionKind = 'USED' | 'USEFUL';

export interface ReactionCounts {
  item: string;
  used: number;
  useful: number;
  mine: ReactionKind[];
}

export interface Reply {
  id: string;
  item: string;
  authorName?: string;
  bodyHtml: string;
  state: 'VISIBLE' | 'REPORTED' | 'REMOVED';
  createdAt: string;
  mine: boolean;
}

export interface ModerationEntry {
  id: string;
  item: string;
  authorName?: string;
  bodyHtml: string;
  createdAt: string;
  reports: { reason?: string; at: string }[];
}

export function useReactions(item: string) {
  return useQuery({
    queryKey: ['reactions', item],
    queryFn: ({ signal }) => api.get<ReactionCounts>(`/api/reactions/${encodeURIComponent(item)}`, { signal }),
  });
}

/** Sets or takes back the reader's reaction: both are idempotent, so a double click changes nothing. */
export function useToggleReaction(item: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ kind, on }: { kind: ReactionKind; on: boolean }) =>
      on
        ? api.put<ReactionCounts>(`/api/reactions/${encodeURIComponent(item)}/${kind.toLowerCase()}`)
        : api.delete<ReactionCounts>(`/api/reactions/${encodeURIComponent(item)}/${kind.toLowerCase()}`),
    onSuccess: (counts) => queryClient.setQueryData(['reactions', item], counts),
  });
}

export function useReplies(item: string) {
  return useQuery({
    queryKey: ['replies', item],
    queryFn: ({ signal }) => api.get<{ replies: Reply[] }>('/api/replies', { query: { item }, signal }),
  });
}

export function usePostReply(item: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: string) => api.post<Reply>('/api/replies', { body: { item, body } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['replies', item] }),
  });
}

export function useReportReply(item: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason?: string }) =>
      api.post<Reply>(`/api/replies/${encodeURIComponent(id)}/report`, { body: reason ? { reason } : {} }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['replies', item] }),
  });
}

export function useModerationQueue() {
  return useQuery({
    queryKey: ['moderation'],
    queryFn: ({ signal }) => api.get<{ replies: ModerationEntry[] }>('/api/moderation/replies', { signal }),
  });
}

export function useModerate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, keep }: { id: string; keep: boolean }) =>
      api.post<ModerationEntry>(`/api/moderation/replies/${encodeURIComponent(id)}/${keep ? 'approve' : 'remove'}`),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['moderation'] }),
  });
}
