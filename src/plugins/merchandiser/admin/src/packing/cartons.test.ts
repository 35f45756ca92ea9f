import { packingTotals } from '../../../../../modules/shipping/domain/packing';
import { parseClipboardBlock } from '../grid/paste';
import { cartonRowsOf, columnsOf, copyBelow, countable, draftsOf, fillDown, pasteBlock } from './cartons';

const navy = {
  fromCarton: 1,
  toCarton: 10,
  colour: 'Navy',
  sizes: { '34': 12, '36': 12 },
  lengthCm: 60,
  widthCm: 40,
  heightCm: 32,
  netKg: 7.68,
  grossKg: 8.58,
};

describe('carton rows as typed (箱单)', () => {
  it('round-trips the server’s rows and leaves blank size cells out', () => {
    const [draft] = draftsOf([navy]);
    expect(cartonRowsOf([draft])).toEqual([navy]);
    expect(cartonRowsOf([{ ...draft, sizes: { ...draft.sizes, '38': ' ' } }])[0].sizes).toEqual({ '34': 12, '36': 12 });
  });

  it('copies a row below with the next carton numbers: 1–10 then 11–20', () => {
    const drafts = copyBelow(draftsOf([navy]), 0, 2);
    expect(drafts.map((d) => [d.fromCarton, d.toCarton, d.colour])).toEqual([
      ['1', '10', 'Navy'],
      ['11', '20', 'Navy'],
    ]);
    // 20 cartons of 60 × 40 × 32 cm: 20 × 0.0768 m³ = 1.536 m³; 20 × 24 = 480 pieces; gross 20 × 8.58 = 171.6 kg.
    expect(packingTotals(countable(cartonRowsOf(drafts)))).toMatchObject({
      cartons: 20,
      pieces: 480,
      cbm: 1.536,
      grossKg: 171.6,
    });
  });

  it('fills down from the cell above (Ctrl+D) and pastes a block across columns, adding rows', () => {
    const drafts = draftsOf([navy, { ...navy, fromCarton: 11, toCarton: 12, grossKg: 0 }]);
    expect(fillDown(drafts, 1, 'grossKg')[1].grossKg).toBe('8.58');
    expect(fillDown(drafts, 1, 'size:36')[1].sizes['36']).toBe('12');
    let key = 10;
    const pasted = pasteBlock(
      drafts,
      parseClipboardBlock('13\t14\tKhaki\t6\t6\n15\t15\tKhaki\t1,2\t0'),
      { row: 2, column: 0 },
      columnsOf(['34', '36']),
      () => key++
    );
    expect(pasted.slice(2).map((d) => [d.key, d.fromCarton, d.toCarton, d.colour, d.sizes])).toEqual([
      [10, '13', '14', 'Khaki', { '34': '6', '36': '6' }],
      [11, '15', '15', 'Khaki', { '34': '12', '36': '0' }],
    ]);
  });

  it('counts only rows whose figures are numbers', () => {
    const [draft] = draftsOf([navy]);
    expect(countable(cartonRowsOf([{ ...draft, lengthCm: '' }]))).toEqual([]);
  });
});
