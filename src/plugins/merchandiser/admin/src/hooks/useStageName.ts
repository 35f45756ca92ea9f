import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import type { GetFilterOptions } from '../../../shared/contracts/dashboard';
import { useAdminGet } from './useAdminGet';

/** A stage's name in the reader's language (进行生产 / In production), never its key. */
export function useStageName() {
  const { locale } = useIntl();
  const options = useAdminGet<GetFilterOptions.Response>('/merchandiser/dashboard/filters');
  const stages = options.data?.data.stages;
  return useCallback(
    (key: string | null | undefined) => {
      if (!key) return '—';
      const stage = stages?.find((candidate) => candidate.key === key);
      // Until the names arrive, nothing rather than a key in the wrong language.
      if (!stage) return stages ? key : '…';
      return locale.startsWith('zh') ? stage.nameZh : stage.name;
    },
    [stages, locale]
  );
}
