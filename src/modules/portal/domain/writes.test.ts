import { checkPurchaseLineWrite, checkSubcontractJobWrite } from './writes';

const limits = { overShipPct: 5, dateWindowDays: 180 };
const line = {
  quantity: 1200,
  receivedQuantity: 0,
  dueDate: '2026-12-10',
  orderedAt: '2026-11-01',
  orderClosed: false,
};
const rules = (violations: Array<{ path: Array<string | number>; rule: string }>) =>
  violations.map((v) => `${v.path.join('.')}:${v.rule}`);

describe("a supplier's update of its PO line", () => {
  // 1 200 m ordered + 5 % = 1 260 m at most.
  it('accepts a shipment up to the ordered quantity plus the over-delivery tolerance', () => {
    expect(checkPurchaseLineWrite(line, { shippedQuantity: 1260, supplierShipDate: '2026-12-08' }, limits)).toEqual([]);
    expect(rules(checkPurchaseLineWrite(line, { shippedQuantity: 1260.01 }, limits))).toEqual([
      'shippedQuantity:portal-quantity-bound',
    ]);
    expect(rules(checkPurchaseLineWrite(line, { shippedQuantity: 1e12 }, limits))).toEqual([
      'shippedQuantity:portal-quantity-bound',
    ]);
  });

  // Due 2026-12-10 + 180 days = 2027-06-08; ordered 2026-11-01.
  it('keeps dates between the PO date and the due date plus the window', () => {
    expect(checkPurchaseLineWrite(line, { supplierConfirmedDate: '2027-06-08' }, limits)).toEqual([]);
    expect(
      rules(
        checkPurchaseLineWrite(line, { supplierConfirmedDate: '1900-01-01', supplierShipDate: '9999-12-31' }, limits)
      )
    ).toEqual(['supplierConfirmedDate:portal-date-window', 'supplierShipDate:portal-date-window']);
    expect(rules(checkPurchaseLineWrite(line, { supplierShipDate: '2027-06-09' }, limits))).toEqual([
      'supplierShipDate:portal-date-window',
    ]);
  });

  it('refuses any change to a fully received line or a closed order', () => {
    expect(rules(checkPurchaseLineWrite({ ...line, receivedQuantity: 1200 }, { shippedQuantity: 10 }, limits))).toEqual(
      [':portal-record-closed']
    );
    expect(rules(checkPurchaseLineWrite({ ...line, orderClosed: true }, {}, limits))).toEqual([
      ':portal-record-closed',
    ]);
  });
});

describe("a subcontractor's return report", () => {
  const job = { qtySent: 3000, status: 'partly-returned', sentAt: '2026-11-20', orderClosed: false };
  it('accepts pieces back up to what was sent, defects up to what came back, a date since sending', () => {
    expect(
      checkSubcontractJobWrite(job, { qtyReceived: 3000, defects: 12, receivedAt: '2026-11-28' }, '2026-11-29')
    ).toEqual([]);
  });
  it('refuses counts and dates no delivery could have', () => {
    expect(
      rules(checkSubcontractJobWrite(job, { qtyReceived: 3001, defects: 3002, receivedAt: '2026-11-30' }, '2026-11-29'))
    ).toEqual(['qtyReceived:portal-quantity-bound', 'defects:portal-quantity-bound', 'receivedAt:portal-date-window']);
    expect(rules(checkSubcontractJobWrite(job, { receivedAt: '2026-11-19' }, '2026-11-29'))).toEqual([
      'receivedAt:portal-date-window',
    ]);
  });
  it('refuses any change to a returned job or a job of a closed order', () => {
    expect(rules(checkSubcontractJobWrite({ ...job, status: 'returned' }, { defects: 0 }, '2026-11-29'))).toEqual([
      ':portal-record-closed',
    ]);
    expect(rules(checkSubcontractJobWrite({ ...job, orderClosed: true }, { qtyReceived: 3000 }, '2026-11-29'))).toEqual(
      [':portal-record-closed']
    );
  });
});
