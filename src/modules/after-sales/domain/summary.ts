export interface OrderOutcome {
  exFactoryDate: string;
  /** Day the order entered `shipped` (yyyy-mm-dd), null if not shipped. */
  shippedOn: string | null;
}

/** On-time delivery rate (交期达成率): shipped orders shipped on or before their ex-factory date, in %. */
export function onTimeRate(orders: readonly OrderOutcome[]): { shipped: number; onTime: number; rate: number | null } {
  const shipped = orders.filter((order) => order.shippedOn);
  const onTime = shipped.filter((order) => order.shippedOn! <= order.exFactoryDate).length;
  return {
    shipped: shipped.length,
    onTime,
    rate: shipped.length === 0 ? null : Math.round((onTime / shipped.length) * 1000) / 10,
  };
}
