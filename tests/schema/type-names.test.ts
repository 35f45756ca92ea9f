import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT_TYPE_NAMES, contentTypeNames } from '../../src/admin/content-type-names';

/** Every content type is named in Chinese in the admin's menu, lists and headings (issue #19). */
const api = path.resolve(__dirname, '..', '..', 'src', 'api');
const displayNames = readdirSync(api).flatMap((folder) =>
  readdirSync(path.join(api, folder, 'content-types')).map(
    (type) =>
      (
        JSON.parse(readFileSync(path.join(api, folder, 'content-types', type, 'schema.json'), 'utf8')) as {
          info: { displayName: string; description: string };
        }
      ).info
  )
);

describe('content type names', () => {
  it.each(displayNames)('$displayName has its Chinese name, the one its description starts with', (info) => {
    expect(CONTENT_TYPE_NAMES[info.displayName]).toBe(info.description.split(' · ')[0]);
  });

  it('marks the audit and derived types read-only in both languages', () => {
    expect(contentTypeNames('en')['Order history']).toBe('Order history (read-only)');
    expect(contentTypeNames('zh-Hans')['Order history']).toBe('跟单记录(只读)');
    expect(contentTypeNames('zh-Hans').Order).toBe('订单');
    expect(contentTypeNames('en').Order).toBeUndefined();
  });
});
