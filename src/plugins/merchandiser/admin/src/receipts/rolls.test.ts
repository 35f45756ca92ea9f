import { emptyRoll, pasteRolls, rollsOf, scoreOf } from './rolls';

let key = 100;
const next = () => (key += 1);

describe('the 4-point roll table', () => {
  it('scores a roll as typed: points × 3600 ÷ (yards × inches), ASTM D5430', () => {
    // Worked by hand: 20 points on 100 yd of 58" cuttable width = 20 × 3600 / 5800 = 12.41 per 100 yd².
    const row = { ...emptyRoll(1), rollNo: 'R1', length: '100', cuttableWidth: '58', points: '20' };
    expect(scoreOf(row)).toEqual({ points: 20, score: 12.41 });
    // Tallied by length: 3 × 1 + 2 × 2 + 1 × 4 = 11 points, entered points ignored.
    const tallied = { ...row, points: '99', defectsUpTo3in: '3', defects3to6in: '2', defectsOver9in: '1' };
    expect(scoreOf(tallied)).toEqual({ points: 11, score: 6.83 });
    expect(scoreOf({ ...row, length: '' })).toBeNull();
  });

  it('leaves blank rows out and reads thousands separators', () => {
    const rows = [{ ...emptyRoll(1), rollNo: 'R1', length: '1,000', cuttableWidth: '58', points: '5' }, emptyRoll(2)];
    expect(rollsOf(rows)).toEqual([
      expect.objectContaining({ rollNo: 'R1', length: 1000, cuttableWidth: 58, points: 5, lengthUnit: 'yd' }),
    ]);
  });

  it('fills rows from a pasted block, carrying the units and width to new rows', () => {
    const first = { ...emptyRoll(1), lengthUnit: 'm' as const, widthUnit: 'cm' as const, cuttableWidth: '147' };
    const pasted = pasteRolls(
      [first],
      [
        ['R1', '90', '147', '12'],
        ['R2', '88', '147', '30'],
      ],
      { row: 0, column: 'rollNo' },
      next
    );
    expect(pasted).toHaveLength(2);
    expect(pasted[1]).toMatchObject({
      rollNo: 'R2',
      length: '88',
      cuttableWidth: '147',
      points: '30',
      lengthUnit: 'm',
    });
  });
});
