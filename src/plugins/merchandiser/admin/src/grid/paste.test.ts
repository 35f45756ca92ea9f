import { parseClipboardBlock, readSizeBlock } from './paste';

describe('parseClipboardBlock', () => {
  it('splits an Excel block into rows and cells, dropping the trailing newline', () => {
    expect(parseClipboardBlock('Navy\t120\t 80 \r\nRed\t40\t\r\n')).toEqual([
      ['Navy', '120', '80'],
      ['Red', '40', ''],
    ]);
  });

  it('keeps a single value as a one-cell block', () => {
    expect(parseClipboardBlock('42')).toEqual([['42']]);
    expect(parseClipboardBlock('')).toEqual([]);
  });
});

describe('readSizeBlock: a block pasted with its header row', () => {
  const sizes = ['S', 'M', 'L', 'XL'];

  it('matches the sizes by name, ignores the total column and the total row', () => {
    // Worked by hand: the header puts M before S; "Total" (260 = 120 + 80 + 60) is the sheet's own sum.
    const block = [
      ['Colour', 'M', 'S', 'l', 'Total'],
      ['Navy', '120', '80', '60', '260'],
      ['Red', '1,000', '', '40', '1040'],
      ['Total', '1120', '80', '100', '1300'],
    ];
    expect(readSizeBlock(block, sizes)).toEqual({
      kind: 'header',
      rows: [
        { colour: 'Navy', quantities: { M: '120', S: '80', L: '60' } },
        { colour: 'Red', quantities: { M: '1000', S: '', L: '40' } },
      ],
    });
  });

  it('reads Chinese headings', () => {
    expect(
      readSizeBlock(
        [
          ['颜色', 'S', '合计'],
          ['藏青', '5', '5'],
        ],
        sizes
      )
    ).toEqual({
      kind: 'header',
      rows: [{ colour: '藏青', quantities: { S: '5' } }],
    });
  });

  it('refuses a header naming a size the style does not have', () => {
    expect(
      readSizeBlock(
        [
          ['Colour', 'S', 'XXL', '3XL'],
          ['Navy', '1', '2', '3'],
        ],
        sizes
      )
    ).toEqual({
      kind: 'refused',
      unknownSizes: ['XXL', '3XL'],
    });
  });

  it('leaves a block of numbers, or colours and numbers, to be pasted cell by cell', () => {
    expect(readSizeBlock([['120', '80']], sizes)).toEqual({ kind: 'plain' });
    expect(readSizeBlock([['Navy', '120', '80']], sizes)).toEqual({ kind: 'plain' });
    expect(readSizeBlock([['42']], sizes)).toEqual({ kind: 'plain' });
    // Trouser waist sizes: numbers under no "Colour" heading are quantities.
    expect(readSizeBlock([['Navy', '28', '30']], ['28', '30'])).toEqual({ kind: 'plain' });
    expect(
      readSizeBlock(
        [
          ['Colour', '28', '30'],
          ['Navy', '5', '6'],
        ],
        ['28', '30']
      )
    ).toEqual({
      kind: 'header',
      rows: [{ colour: 'Navy', quantities: { '28': '5', '30': '6' } }],
    });
  });
});
