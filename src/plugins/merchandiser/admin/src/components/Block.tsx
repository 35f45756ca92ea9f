import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import type { ReactNode } from 'react';
import { useT } from '../hooks/useT';

interface Props {
  title: string;
  loading?: boolean;
  error?: boolean;
  children: ReactNode;
  testId?: string;
}

/** A titled card of the dashboard, with its own loading and error state. */
export const Block = ({ title, loading, error, children, testId }: Props) => {
  const t = useT();
  return (
    <Box background="neutral0" hasRadius shadow="tableShadow" padding={5} width="100%" data-testid={testId}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      <Box paddingTop={3}>
        {loading ? (
          <Flex justifyContent="center" padding={4}>
            <Loader small>{t('common.loading', 'Loading…')}</Loader>
          </Flex>
        ) : error ? (
          <Typography textColor="danger600">{t('common.error', 'Could not load this block.')}</Typography>
        ) : (
          children
        )}
      </Box>
    </Box>
  );
};
