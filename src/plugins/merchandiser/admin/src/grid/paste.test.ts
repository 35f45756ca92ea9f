import { parseClipboardBlock } from './paste';

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
