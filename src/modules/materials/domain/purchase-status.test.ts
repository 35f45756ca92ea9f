import { derivePurchaseStatus } from './purchase-status';

describe('derivePurchaseStatus', () => {
  const lines = (...received: number[]) => received.map((r) => ({ quantity: 100, received: r }));
  it('follows the receipts', () => {
    expect(derivePurchaseStatus('confirmed', lines(0, 0))).toBe('confirmed');
    expect(derivePurchaseStatus('sent', lines(30, 0))).toBe('partly-received');
    expect(derivePurchaseStatus('partly-received', lines(100, 104))).toBe('received');
  });
  it('keeps decisions and falls back when receipts are removed', () => {
    expect(derivePurchaseStatus('closed', lines(30))).toBe('closed');
    expect(derivePurchaseStatus('cancelled', lines(0))).toBe('cancelled');
    expect(derivePurchaseStatus('received', lines(0))).toBe('confirmed');
    expect(derivePurchaseStatus('draft', [])).toBe('draft');
  });
});
