import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { COMPONENT_TERMS, labelOfField, TRADE_TERMS } from '../../src/modules/reference/domain/trade-terms';

/**
 * Every field of Gendan's content types has a trade term, so the Content
 * Manager labels it "中文 · English" and never shows an attribute's camelCase
 * name (issue #19, labels people read).
 */
const api = path.resolve(__dirname, '..', '..', 'src', 'api');
const types = readdirSync(api).flatMap((folder) =>
  readdirSync(path.join(api, folder, 'content-types')).map((type) => ({
    type,
    attributes: Object.keys(
      (
        JSON.parse(readFileSync(path.join(api, folder, 'content-types', type, 'schema.json'), 'utf8')) as {
          attributes: Record<string, unknown>;
        }
      ).attributes
    ),
  }))
);

const componentsRoot = path.resolve(__dirname, '..', '..', 'src', 'components');
const components = readdirSync(componentsRoot).flatMap((category) =>
  readdirSync(path.join(componentsRoot, category)).map((file) => ({
    uid: `${category}.${file.replace(/\.json$/, '')}`,
    attributes: Object.keys(
      (JSON.parse(readFileSync(path.join(componentsRoot, category, file), 'utf8')) as { attributes: object }).attributes
    ),
  }))
);

describe('field labels', () => {
  it.each(components)('component $uid: every field has a trade term', ({ uid, attributes }) => {
    expect(attributes.filter((field) => !COMPONENT_TERMS[uid]?.[field])).toEqual([]);
  });

  it('finds the content types', () => {
    expect(types.length).toBeGreaterThan(35);
  });

  it.each(types)('$type: every field has a trade term', ({ type, attributes }) => {
    expect(attributes.filter((field) => !TRADE_TERMS[type]?.[field])).toEqual([]);
  });

  it('reads Chinese first, then a short English, never camelCase', () => {
    const wrong = Object.entries({ ...TRADE_TERMS, ...COMPONENT_TERMS }).flatMap(([type, terms]) =>
      Object.entries(terms)
        .map(([field, term]) => [`${type}.${field}`, labelOfField(term)] as const)
        .filter(([, label]) => {
          const [zh, en] = label.split(' · ');
          return (
            !/[\u4e00-\u9fff]/.test(zh) || !/^[A-Z0-9]/.test(en ?? '') || /[a-z][A-Z]/.test(label) || en.length > 32
          );
        })
    );
    expect(wrong).toEqual([]);
  });

  it('keeps the qualifier of a term and drops its list of examples', () => {
    expect(labelOfField(TRADE_TERMS.order.poNumber)).toBe('客户订单号 · PO number');
    expect(labelOfField(TRADE_TERMS.customer.shrinkageWovenPct)).toBe(
      '梭织缩率限度±%(客户) · Woven shrinkage limit ±%'
    );
    expect(labelOfField(TRADE_TERMS.supplier.kinds)).toBe('供应类别 · What the supplier provides');
    expect(labelOfField(TRADE_TERMS['material-receipt'].receivedAt)).toBe('到库日期 · Arrival date');
  });
});
