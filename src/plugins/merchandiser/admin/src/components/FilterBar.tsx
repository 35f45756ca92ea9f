import { Button, Field, Flex, SingleSelect, SingleSelectOption, TextInput } from '@strapi/design-system';
import type { DashboardFilters, GetFilterOptions } from '../../../shared/contracts/dashboard';
import { useAdminGet } from '../hooks/useAdminGet';
import { useT } from '../hooks/useT';

interface Props {
  value: DashboardFilters;
  onChange: (next: DashboardFilters) => void;
}

const ALL = '__all__';

/** Merchandiser ("my orders"), customer, factory and ex-factory range — every block of the dashboard follows them. */
export const FilterBar = ({ value, onChange }: Props) => {
  const t = useT();
  const { data } = useAdminGet<GetFilterOptions.Response>('/merchandiser/dashboard/filters');
  const options = data?.data;
  const set = (field: keyof DashboardFilters) => (next: string | number) =>
    onChange({ ...value, [field]: next === ALL || next === '' ? undefined : String(next) });

  return (
    <Flex gap={3} wrap="wrap" alignItems="flex-end" paddingBottom={4}>
      <Field.Root name="merchandiser" width="200px">
        <Field.Label>{t('filters.merchandiser', 'Merchandiser')}</Field.Label>
        <SingleSelect
          value={value.merchandiser ?? ALL}
          onChange={set('merchandiser')}
          aria-label={t('filters.merchandiser', 'Merchandiser')}
        >
          <SingleSelectOption value={ALL}>{t('filters.merchandiser.all', 'All merchandisers')}</SingleSelectOption>
          <SingleSelectOption value="me">{t('filters.merchandiser.me', 'My orders')}</SingleSelectOption>
          {options?.merchandisers.map((m) => (
            <SingleSelectOption key={m.id} value={String(m.id)}>
              {m.name}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="customer" width="220px">
        <Field.Label>{t('filters.customer', 'Customer')}</Field.Label>
        <SingleSelect
          value={value.customer ?? ALL}
          onChange={set('customer')}
          aria-label={t('filters.customer', 'Customer')}
        >
          <SingleSelectOption value={ALL}>{t('filters.customer.all', 'All customers')}</SingleSelectOption>
          {options?.customers.map((c) => (
            <SingleSelectOption key={c.documentId} value={c.documentId}>
              {c.name}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="factory" width="220px">
        <Field.Label>{t('filters.factory', 'Factory')}</Field.Label>
        <SingleSelect
          value={value.factory ?? ALL}
          onChange={set('factory')}
          aria-label={t('filters.factory', 'Factory')}
        >
          <SingleSelectOption value={ALL}>{t('filters.factory.all', 'All factories')}</SingleSelectOption>
          {options?.factories.map((f) => (
            <SingleSelectOption key={f.documentId} value={f.documentId}>
              {f.name}
            </SingleSelectOption>
          ))}
        </SingleSelect>
      </Field.Root>
      <Field.Root name="from" width="160px">
        <Field.Label>{t('filters.from', 'Ex-factory from')}</Field.Label>
        <TextInput
          type="date"
          value={value.from ?? ''}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('from')(e.target.value)}
        />
      </Field.Root>
      <Field.Root name="to" width="160px">
        <Field.Label>{t('filters.to', 'Ex-factory to')}</Field.Label>
        <TextInput
          type="date"
          value={value.to ?? ''}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('to')(e.target.value)}
        />
      </Field.Root>
      <Button variant="tertiary" onClick={() => onChange({})}>
        {t('filters.clear', 'Clear filters')}
      </Button>
    </Flex>
  );
};
