import { useMutation, useQueryClient } from '@tanstack/react-query';

/**
 * A change to a scan or a team, answered with it as the caller now sees it: the answer becomes its cached copy (its
 * page shows it at once) and the member's list of them is loaded again.
 */
export function useBalanceChange<Input, View extends { id: string }>(
  kind: 'scans' | 'teams',
  change: (input: Input) => Promise<View>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (view) => {
      queryClient.setQueryData(['balance', kind, view.id], view);
      return queryClient.invalidateQueries({ queryKey: ['balance', kind], exact: true });
    },
  });
}
