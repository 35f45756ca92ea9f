import { useFetchClient } from '@strapi/strapi/admin';
import { useCallback } from 'react';

/** The name the server gives the file (`SKJ-2611-03_packing-list-final_v2.pdf`). */
const fileNameOf = (headers: Headers | undefined, fallback: string) =>
  /filename="([^"]+)"/.exec(headers?.get('content-disposition') ?? '')?.[1] ?? fallback;

/**
 * Fetches a file from an admin route with the admin session (a plain link
 * cannot carry it) and saves it under the server's name, or opens it in a new
 * tab to print. Throws the fetch client's error on a refusal.
 */
export function useDownload() {
  const { get } = useFetchClient();
  return useCallback(
    async (url: string, fallbackName: string, open = false) => {
      const res = (await get(url, { responseType: 'blob' } as never)) as unknown as { data: Blob; headers?: Headers };
      const href = URL.createObjectURL(res.data);
      if (open) {
        // The browser's PDF viewer prints it; the tab keeps the file until it is closed.
        window.open(href, '_blank', 'noopener');
        return;
      }
      const link = document.createElement('a');
      link.href = href;
      link.download = fileNameOf(res.headers, fallbackName);
      link.click();
      URL.revokeObjectURL(href);
    },
    [get]
  );
}
