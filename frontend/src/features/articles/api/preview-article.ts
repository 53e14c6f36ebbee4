import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '@/lib/api-client';

/** The server renders the preview with the same Markdown renderer and sanitiser as a saved article. */
export function previewArticle(body: string, signal?: AbortSignal): Promise<{ html: string }> {
  return api.post<{ html: string }>('/api/articles/preview', { body: { body }, ...(signal && { signal }) });
}

export function useArticlePreview(body: string) {
  return useQuery({
    queryKey: ['articles', 'preview', body],
    queryFn: ({ signal }) => previewArticle(body, signal),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
    enabled: body.trim() !== '',
  });
}
