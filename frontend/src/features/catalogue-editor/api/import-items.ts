import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '@/lib/api-client';
import type { InvalidParam } from '@/lib/problem-details';
import { refreshAfterWrite } from './save-item';

export type ImportFormat = 'ndjson' | 'csv';

const CONTENT_TYPES: Record<ImportFormat, string> = { ndjson: 'application/x-ndjson', csv: 'text/csv' };

export interface ImportReport {
  created: number;
  updated: number;
  unchanged: number;
  /** Each label the file wrote instead of a code ("Zuid-Holland"), with the code it was stored as. */
  mapped?: Record<string, string>;
  rejected: { line: number; errors: (InvalidParam & { field: string })[] }[];
}

/** The format a file name suggests, or undefined when it says nothing. */
export function formatOf(fileName: string): ImportFormat | undefined {
  const name = fileName.toLowerCase();
  if (name.endsWith('.csv')) return 'csv';
  if (name.endsWith('.ndjson') || name.endsWith('.jsonl') || name.endsWith('.json')) return 'ndjson';
  return undefined;
}

/** Sends the file as it is (streamed by the browser, not read into the page), typed as the chosen format. */
export function importItems(file: Blob, format: ImportFormat): Promise<ImportReport> {
  return api.post<ImportReport>('/api/items/import', { body: file, headers: { 'Content-Type': CONTENT_TYPES[format] } });
}

export function useImportItems() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, format }: { file: Blob; format: ImportFormat }) => importItems(file, format),
    onSuccess: () => refreshAfterWrite(queryClient),
  });
}
