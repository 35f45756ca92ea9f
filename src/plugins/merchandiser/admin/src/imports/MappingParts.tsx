import { Th, Thead, Tr, Typography } from '@strapi/design-system';
import type { ImportView } from '../../../../../modules/imports/contracts';
import { useT } from '../hooks/useT';

/** The head row of an import page's table: its column names. */
export const TableHead = ({ headers }: { headers: string[] }) => (
  <Thead>
    <Tr>
      {headers.map((header) => (
        <Th key={header}>
          <Typography variant="sigma">{header}</Typography>
        </Th>
      ))}
    </Tr>
  </Thead>
);

/** The mapping box's title and where its mapping came from (saved, proposed, sent), in the kind's words. */
export const MappingTitle = ({
  source,
  saved,
  proposed,
}: {
  source: ImportView['summary']['mappingSource'];
  saved: string;
  proposed: string;
}) => {
  const t = useT();
  return (
    <>
      <Typography variant="delta" tag="h2">
        {t('imports.mapping', 'Where the sheet holds each field')}
      </Typography>
      <Typography variant="pi" textColor="neutral600" tag="p">
        {source === 'saved' ? saved : source === 'proposed' ? proposed : t('imports.mapping.sent', 'Your mapping.')}
      </Typography>
    </>
  );
};
