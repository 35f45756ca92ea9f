import { isBefore, isAfter, parseISO, isValid } from 'date-fns';
import { violation, type Violation } from '../../../platform/domain/violation';

export interface OrderDates {
  orderDate?: string | null;
  exFactoryDate?: string | null;
  materialIssueDate?: string | null;
}

const asDate = (value: string | null | undefined): Date | null => {
  if (!value) return null;
  const date = parseISO(value);
  return isValid(date) ? date : null;
};

/**
 * The calendar of an order must make sense before anyone plans against it:
 * goods cannot leave the factory before the customer ordered them, and the
 * material issue date (领料日期) sits between the two.
 */
export function checkOrderDates(dates: OrderDates): Violation[] {
  const orderDate = asDate(dates.orderDate);
  const exFactory = asDate(dates.exFactoryDate);
  const materialIssue = asDate(dates.materialIssueDate);
  const found: Violation[] = [];

  if (orderDate && exFactory && isBefore(exFactory, orderDate)) {
    found.push(
      violation(
        ['exFactoryDate'],
        'ex-factory-after-order-date',
        `exFactoryDate (${dates.exFactoryDate}) must not be before orderDate (${dates.orderDate})`,
        `出厂日期 exFactoryDate(${dates.exFactoryDate})不能早于接单日期 orderDate(${dates.orderDate})`
      )
    );
  }
  if (materialIssue && orderDate && isBefore(materialIssue, orderDate)) {
    found.push(
      violation(
        ['materialIssueDate'],
        'material-issue-within-order',
        `materialIssueDate (${dates.materialIssueDate}) must not be before orderDate (${dates.orderDate})`,
        `领料日期 materialIssueDate(${dates.materialIssueDate})不能早于接单日期 orderDate(${dates.orderDate})`
      )
    );
  }
  if (materialIssue && exFactory && isAfter(materialIssue, exFactory)) {
    found.push(
      violation(
        ['materialIssueDate'],
        'material-issue-within-order',
        `materialIssueDate (${dates.materialIssueDate}) must not be after exFactoryDate (${dates.exFactoryDate})`,
        `领料日期 materialIssueDate(${dates.materialIssueDate})不能晚于出厂日期 exFactoryDate(${dates.exFactoryDate})`
      )
    );
  }
  return found;
}
