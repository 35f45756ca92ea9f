import { Box, Combobox, ComboboxOption, Field, Typography } from '@strapi/design-system';
import { Layouts, Page, useFetchClient } from '@strapi/strapi/admin';
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useT } from '../hooks/useT';
import { PLUGIN_ID } from '../pluginId';

interface OrderOption {
  documentId: string;
  poNumber: string;
  stage: string | null;
}

/**
 * The packing list editor from the work navigation: pick the order by its PO
 * number (searched through the Content Manager, so its read permission holds),
 * then edit its simulated or final list.
 */
export const PackingStartPage = () => {
  const t = useT();
  const navigate = useNavigate();
  const { get } = useFetchClient();
  const [query, setQuery] = useState('');
  const [orders, setOrders] = useState<OrderOption[]>([]);
  const [loading, setLoading] = useState(false);

  useEffect(() => {
    let live = true;
    setLoading(true);
    const params = new URLSearchParams({ page: '1', pageSize: '20', sort: 'poNumber:ASC' });
    if (query.trim()) params.set('_q', query.trim());
    get<{ results: OrderOption[] }>(`/content-manager/collection-types/api::order.order?${params.toString()}`)
      .then((res) => {
        if (live) setOrders(res.data.results);
      })
      .catch(() => {
        if (live) setOrders([]);
      })
      .finally(() => {
        if (live) setLoading(false);
      });
    return () => {
      live = false;
    };
  }, [get, query]);

  return (
    <Page.Main>
      <Page.Title>{t('packingStart.title', 'Packing list editor')}</Page.Title>
      <Layouts.Header
        title={t('packingStart.title', 'Packing list editor')}
        subtitle={t('packingStart.subtitle', 'Pick the order whose cartons you pack.')}
      />
      <Layouts.Content>
        <Box background="neutral0" hasRadius shadow="tableShadow" padding={4} maxWidth="560px">
          <Field.Root name="order">
            <Field.Label>{t('packingStart.order', 'Order — search by PO number')}</Field.Label>
            <Combobox
              data-testid="packing-order"
              autocomplete={{ type: 'list', filter: 'contains' }}
              loading={loading}
              placeholder={t('packingStart.placeholder', 'e.g. RWM-26-0931')}
              noOptionsMessage={() => t('packingStart.none', 'No order matches.')}
              onInputChange={(e: React.ChangeEvent<HTMLInputElement>) => setQuery(e.target.value)}
              onChange={(value?: string) => {
                if (value) navigate(`/plugins/${PLUGIN_ID}/orders/${value}/packing`);
              }}
            >
              {orders.map((order) => (
                <ComboboxOption key={order.documentId} value={order.documentId}>
                  {order.poNumber}
                </ComboboxOption>
              ))}
            </Combobox>
          </Field.Root>
          <Box paddingTop={2}>
            <Typography variant="pi" textColor="neutral600">
              {t('packingStart.hint', 'The order’s panel in the Content Manager opens it too.')}
            </Typography>
          </Box>
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};
