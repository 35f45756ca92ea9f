import { useMemo } from 'react';
import { useAdminGetQuery } from '../api';

export interface Loaded<T> {
  data: T | null;
  error: boolean;
  loading: boolean;
  reload: () => void;
}

/**
 * GET an admin route of the plugin with query params, through the admin's
 * RTK Query store: cached per URL and params, and refreshed after the plugin's
 * writes (transitions, sign-offs, the size grid, the inbox) invalidate it.
 */
export function useAdminGet<T>(url: string | null, params: Record<string, string | undefined> = {}): Loaded<T> {
  const key = JSON.stringify(params);
  const args = useMemo(
    () => ({
      url: url ?? '',
      params: Object.fromEntries(
        Object.entries(JSON.parse(key) as Record<string, string | undefined>).filter(
          (entry): entry is [string, string] => !!entry[1]
        )
      ),
    }),
    [url, key]
  );
  // `currentData` is the answer for these params only: new filters show the loader, not the old figures;
  // a refresh after a write keeps the figures on screen until the new ones arrive.
  const { currentData, isError, refetch } = useAdminGetQuery(args, { skip: !url });
  return {
    data: (currentData as T | undefined) ?? null,
    error: isError,
    // Without a URL yet (the dashboard waits for its filters) the block is still loading.
    loading: currentData === undefined && !isError,
    reload: () => {
      if (url) void refetch();
    },
  };
}
