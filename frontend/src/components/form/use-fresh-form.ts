import { useState } from 'react';

/**
 * An edit form over one loaded version (its ETag): each (re)load gives a fresh form, while a failed save keeps the
 * form and so what the person typed. Put `formKey` on the form's `key`; `reload` fetches the newest version (after
 * a 412, "someone else saved meanwhile") and starts the form over from it, even when the version did not change.
 */
export function useFreshForm(etag: string | undefined, refetch: () => Promise<unknown>) {
  const [loads, setLoads] = useState(0);
  return {
    formKey: `${etag ?? ''}-${loads}`,
    reload: async () => {
      await refetch();
      setLoads((count) => count + 1);
    },
  };
}
