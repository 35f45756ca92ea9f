import { arrangeEditLayout, VIEW_LAYOUTS } from './view-layouts';

const size = (field: string) =>
  ({ order: 6, colour: 6, size: 6, quantity: 4, notes: 6, title: 6, json: 12 })[field] ?? 6;

describe('edit layouts arranged in the order of the work', () => {
  it('starts each section on a new row and wraps at 12 columns', () => {
    // 6 + 6 = 12 fills the first row; 6 + 4 the second; "notes" has its own section.
    const rows = arrangeEditLayout(
      { sections: [['order', 'colour', 'size', 'quantity'], ['notes']], hidden: ['title'] },
      [],
      ['quantity', 'size', 'colour', 'order', 'notes', 'title'],
      size
    );
    expect(rows).toEqual([
      [
        { name: 'order', size: 6 },
        { name: 'colour', size: 6 },
      ],
      [
        { name: 'size', size: 6 },
        { name: 'quantity', size: 4 },
      ],
      [{ name: 'notes', size: 6 }],
    ]);
  });

  it("keeps an administrator's widths and puts unnamed fields after the sections", () => {
    const rows = arrangeEditLayout(
      { sections: [['quantity', 'order']] },
      [
        [{ name: 'extra', size: 12 }],
        [
          { name: 'order', size: 8 },
          { name: 'quantity', size: 4 },
        ],
      ],
      ['extra', 'order', 'quantity'],
      size
    );
    expect(rows).toEqual([
      [
        { name: 'quantity', size: 4 },
        { name: 'order', size: 8 },
      ],
      [{ name: 'extra', size: 12 }],
    ]);
  });

  it('never shows a derived JSON field as a form field', () => {
    for (const [type, fields] of [
      ['order', ['stageDates', 'heldStage']],
      ['material-receipt', ['findings', 'title']],
      ['packing-list', ['quantities', 'comparison', 'outsideTolerance', 'title']],
      ['production-report', ['corrections']],
      ['sample', ['statusDates']],
    ] as const) {
      expect(VIEW_LAYOUTS[type].hidden).toEqual(expect.arrayContaining([...fields]));
      for (const section of VIEW_LAYOUTS[type].sections ?? [])
        for (const field of fields) expect(section).not.toContain(field);
    }
  });
});
