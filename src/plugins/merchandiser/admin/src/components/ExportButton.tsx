import { Button } from '@strapi/design-system';
import { useNotification } from '@strapi/strapi/admin';
import { useState } from 'react';
import { useDownload } from '../hooks/useDownload';
import { useT } from '../hooks/useT';

/** The lists the server exports (GET /merchandiser/exports/:list.xlsx). */
export type ExportList =
  'orders' | 'size-breakdown' | 'materials' | 'expediting' | 'daily-report' | 'time-and-action' | 'reminders';

interface Props {
  list: ExportList;
  /** The page's own filters, so the workbook holds what the page shows (all pages of it). */
  params?: Record<string, string | number | undefined>;
  label?: string;
}

/** A page's list as an Excel workbook, every row the page's filters match, downloaded with the admin session. */
export const ExportButton = ({ list, params = {}, label }: Props) => {
  const t = useT();
  const save = useDownload();
  const { toggleNotification } = useNotification();
  const [busy, setBusy] = useState(false);

  const download = async () => {
    setBusy(true);
    try {
      const query = new URLSearchParams(
        Object.entries(params)
          .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
          .map(([key, value]) => [key, String(value)])
      ).toString();
      await save(`/merchandiser/exports/${list}.xlsx${query ? `?${query}` : ''}`, `${list}.xlsx`);
    } catch {
      toggleNotification({ type: 'danger', message: t('export.failed', 'The export could not be made.') });
    } finally {
      setBusy(false);
    }
  };

  return (
    <Button variant="tertiary" onClick={download} loading={busy} data-testid={`export-${list}`}>
      {label ?? t('export.excel', 'Excel')}
    </Button>
  );
};
