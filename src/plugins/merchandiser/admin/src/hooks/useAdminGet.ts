import { useEffect, useState } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';

export interface Loaded<T> {
  data: T | null;
  error: boolean;
  loading: boolean;
  reload: () => void;
}

/** GET an admin route of the plugin with query params; re-runs when the params change. */
export function useAdminGet<T>(url: string | null, params: Record<string, string | undefined> = {}): Loaded<T> {
  const { get } = useFetchClient();
  const [state, setState] = useState<{ data: T | null; error: boolean; loading: boolean }>({
    data: null,
    error: false,
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const key = JSON.stringify(params);

  useEffect(() => {
    if (!url) return;
    let live = true;
    setState((previous) => ({ ...previous, loading: true }));
    const clean = Object.fromEntries(
      Object.entries(JSON.parse(key) as Record<string, string | undefined>).filter(([, value]) => value)
    );
    get<T>(url, { params: clean })
      .then(({ data }) => {
        if (live) setState({ data, error: false, loading: false });
      })
      .catch(() => {
        if (live) setState({ data: null, error: true, loading: false });
      });
    return () => {
      live = false;
    };
  }, [get, url, key, tick]);

  return { ...state, reload: () => setTick((n) => n + 1) };
}
