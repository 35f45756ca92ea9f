import { Field, SingleSelect, SingleSelectOption } from '@strapi/design-system';
import { useT } from '../hooks/useT';

export type DateOrder = 'DMY' | 'MDY';

/** How the sheet writes 05/12/2026: day first, month first, or ask (each such cell is then a finding). */
export const DateOrderField = ({
  value,
  onChange,
}: {
  value: DateOrder | undefined;
  onChange: (value: DateOrder | undefined) => void;
}) => {
  const t = useT();
  return (
    <Field.Root name="dateOrder">
      <Field.Label>{t('imports.dateOrder', 'Dates like 05/12/2026 are')}</Field.Label>
      <SingleSelect
        value={value ?? ''}
        onChange={(chosen: string | number) => onChange(chosen ? (chosen as DateOrder) : undefined)}
      >
        <SingleSelectOption value="">{t('imports.dateOrder.ask', 'Ask me')}</SingleSelectOption>
        <SingleSelectOption value="DMY">{t('imports.dateOrder.DMY', 'day/month/year')}</SingleSelectOption>
        <SingleSelectOption value="MDY">{t('imports.dateOrder.MDY', 'month/day/year')}</SingleSelectOption>
      </SingleSelect>
    </Field.Root>
  );
};
