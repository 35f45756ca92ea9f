import { Button, Flex, Typography } from '@strapi/design-system';
import { useT } from '../hooks/useT';

interface PagerProps {
  page: number;
  pageCount: number;
  onPage: (page: number) => void;
}

/** Previous / page of pages / next under a paginated table; nothing when everything fits on one page. */
export const Pager = ({ page, pageCount, onPage }: PagerProps) => {
  const t = useT();
  if (pageCount <= 1) return null;
  return (
    <Flex gap={2} paddingTop={3} justifyContent="flex-end">
      <Button variant="tertiary" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('common.previous', 'Previous')}
      </Button>
      <Typography variant="pi">
        {page} / {pageCount}
      </Typography>
      <Button variant="tertiary" disabled={page >= pageCount} onClick={() => onPage(page + 1)}>
        {t('common.next', 'Next')}
      </Button>
    </Flex>
  );
};
