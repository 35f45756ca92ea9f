import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { getTranslation } from '../pluginId';

type Values = Record<string, string | number>;

/** The plugin's translator: `t('kpi.title', 'Key figures', { n })` reads the plugin's key, in en or zh-Hans. */
export function useT() {
  const { formatMessage } = useIntl();
  return useCallback(
    (id: string, defaultMessage: string, values?: Values) =>
      formatMessage({ id: getTranslation(id), defaultMessage }, values),
    [formatMessage]
  );
}
