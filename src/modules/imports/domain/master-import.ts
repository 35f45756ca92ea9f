import { isCountryCode } from '../../reference/domain/codes';
import { finding, type ImportFinding } from './findings';
import { labelKey } from './po-mapping';
import type { TableField, TableKind, TableRow } from './table';

/**
 * A new factory's first day: its customers, suppliers, materials and styles
 * (with their size scales) from the spreadsheets it kept them in. One row per
 * record, found again by its code (style number) — a new code is created, a
 * known one gets the cells filled in its row (a blank cell keeps what is
 * stored) — and every value checked as the record's own rules check it: the
 * market an ISO 3166 country, values from their lists (in English or
 * Chinese), the customer or supplier it names known.
 */

export type MasterKind = 'customers' | 'suppliers' | 'materials' | 'styles';

const text = (key: string, label: string, labelZh: string, headings: RegExp, required = false): TableField => ({
  key,
  label,
  labelZh,
  type: 'text',
  headings,
  required,
});
const CODE = text('code', 'Code', '编号', /^(code|no\.?|number|id|编号|代码|编码)$/i, true);
const NAME = (what: string, zh: string, extra = '') =>
  text('name', 'Name', '名称', new RegExp(`^(name|${what}(\\s+name)?|${zh}(名称)?|名称${extra})$`, 'i'), true);
const CONTACTS: TableField[] = [
  text('contactName', 'Contact', '联系人', /^(contact(\s+(name|person))?|联系人)$/i),
  text('contactEmail', 'E-mail', '邮箱', /^(e-?mail|邮箱|电子邮件)$/i),
  text('contactPhone', 'Phone', '电话', /^(phone|tel\.?|telephone|mobile|电话|手机)$/i),
];

export const MASTER_TABLES: Record<MasterKind, TableKind> = {
  customers: {
    fields: [
      CODE,
      NAME('customer', '客户'),
      text('market', 'Market (country)', '市场(国家)', /^(market|country|destination|市场|国家|目的国)$/i, true),
      text('channel', 'Channel', '渠道', /^(channel|渠道|销售渠道)$/i),
      text('sampleFeePolicy', 'Sample fees', '样品费', /^(sample\s+fees?|sample\s+fee\s+policy|样品费|样衣费)$/i),
      text('documentLanguage', 'Documents in', '单据语言', /^(documents?(\s+language)?|language|单据语言|语言)$/i),
      {
        key: 'toleranceUnderPct',
        label: 'Short %',
        labelZh: '短装 %',
        type: 'decimal',
        headings: /^(short\s*%?|under\s*%?|short\s+tolerance|短装\s*%?)$/i,
      },
      {
        key: 'toleranceOverPct',
        label: 'Over %',
        labelZh: '溢装 %',
        type: 'decimal',
        headings: /^(over\s*%?|over\s+tolerance|溢装\s*%?)$/i,
      },
      ...CONTACTS,
      text('notes', 'Notes', '备注', /^(notes?|remarks?|备注)$/i),
    ],
  },
  suppliers: {
    fields: [
      CODE,
      NAME('supplier', '供应商'),
      text('kinds', 'Supplies', '供应类别', /^(kinds?|supplies|type|category|供应类别|类别|类型)$/i, true),
      {
        key: 'leadTimeDays',
        label: 'Lead time (days)',
        labelZh: '交期(天)',
        type: 'count',
        headings: /^(lead\s*time(\s*\(days\))?|交期(\(天\))?|货期)$/i,
      },
      ...CONTACTS,
    ],
  },
  materials: {
    fields: [
      CODE,
      NAME('material', '物料'),
      text('kind', 'Kind', '类别', /^(kind|type|category|类别|类型|物料类别)$/i, true),
      text('construction', 'Construction', '织法', /^(construction|woven\s*\/\s*knit|织法|梭织\/针织)$/i),
      text('unit', 'Unit', '单位', /^(unit|uom|单位)$/i, true),
      {
        key: 'widthCm',
        label: 'Width (cm)',
        labelZh: '幅宽(厘米)',
        type: 'decimal',
        headings: /^(width(\s*\(cm\))?|幅宽|门幅)$/i,
      },
      text('supplier', 'Supplier', '供应商', /^((default\s+)?supplier|vendor|供应商)$/i),
      {
        key: 'leadTimeDays',
        label: 'Lead time (days)',
        labelZh: '交期(天)',
        type: 'count',
        headings: /^(lead\s*time(\s*\(days\))?|交期(\(天\))?|货期)$/i,
      },
    ],
  },
  styles: {
    fields: [
      text('styleNo', 'Style number', '款号', /^(style(\s*(no\.?|number|#|code))?|款号|款式编号)$/i, true),
      text('customer', 'Customer', '客户', /^(customer|buyer|client|客户|客人)$/i, true),
      text('sizes', 'Sizes', '尺码', /^(sizes?|size\s+(range|scale)|尺码|尺码组|尺码范围)$/i, true),
      text('description', 'Description', '描述', /^(description|desc\.?|品名|描述|款式描述)$/i),
      text('category', 'Category', '品类', /^(category|product\s+type|品类|类别)$/i),
    ],
  },
};

/** The key a record is found again by. */
export const MASTER_KEY: Record<MasterKind, string> = {
  customers: 'code',
  suppliers: 'code',
  materials: 'code',
  styles: 'styleNo',
};

/** Values of a list as sheets write them, in English and Chinese → Gendan's. */
const CHOICES: Record<string, Array<[RegExp, string]>> = {
  channel: [
    [/^(regular|wholesale|常规|传统|批发)$/i, 'regular'],
    [/^(online|e-?commerce|线上|电商|网店)$/i, 'online'],
    [/^(combined|both|mixed|混合|线上线下)$/i, 'combined'],
  ],
  sampleFeePolicy: [
    [/^(free|免费)$/i, 'free'],
    [/^(charged|收费)$/i, 'charged'],
    [/^(charged[-\s]for[-\s]new|new\s+styles?\s+charged|新款收费)$/i, 'charged-for-new'],
  ],
  documentLanguage: [
    [/^(bilingual|en\s*\+\s*zh|中英|中英文|双语)$/i, 'bilingual'],
    [/^(en|english|英文)$/i, 'en'],
  ],
  kinds: [
    [/^(fabric|fabrics|面料|布料)$/i, 'fabric'],
    [/^(trims?|accessories|辅料)$/i, 'trims'],
    [/^(packaging|packing\s+materials?|包装|包材)$/i, 'packaging'],
    [/^(wash|washing|laundry|洗水|水洗)$/i, 'wash'],
    [/^(print|printing|印花)$/i, 'print'],
    [/^(embroidery|绣花|刺绣)$/i, 'embroidery'],
    [/^(garment[-\s]factory|garment|cmt|sewing|成衣厂|加工厂|外发厂)$/i, 'garment-factory'],
    [/^(courier|express|快递)$/i, 'courier'],
  ],
  kind: [
    [/^(fabric|面料|布料)$/i, 'fabric'],
    [/^(trims?|accessor(y|ies)|辅料)$/i, 'trim'],
    [/^(packaging|包装|包材)$/i, 'packaging'],
  ],
  construction: [
    [/^(woven|梭织|机织)$/i, 'woven'],
    [/^(knit|knitted|jersey|针织)$/i, 'knit'],
  ],
  unit: [
    [/^(m|metres?|meters?|mtrs?|米)$/i, 'm'],
    [/^(yd|yds|yards?|码)$/i, 'yd'],
    [/^(kg|kgs|kilos?|公斤|千克)$/i, 'kg'],
    [/^(pcs|pc|pieces?|ea|个|件|只|粒|条)$/i, 'pcs'],
    [/^(sets?|套)$/i, 'set'],
    [/^(rolls?|卷)$/i, 'roll'],
  ],
};

export const choiceOf = (field: string, value: string): string | null =>
  CHOICES[field]?.find(([pattern]) => pattern.test(value.trim()))?.[1] ?? null;

/** "S/M/L/XL", "S, M, L", "S M L": a size scale's sizes in order. */
export const sizesOf = (value: string): string[] =>
  value
    .split(/[,/、，;|]|\s+/)
    .map((size) => size.trim())
    .filter(Boolean);

export interface StoredRecord {
  documentId: string;
  values: Record<string, unknown>;
}

export interface MasterFacts {
  /** The kind's stored records by key (labelKey). */
  existing: ReadonlyMap<string, StoredRecord>;
  /** Customers by code and by name (labelKey), for styles. */
  customers?: ReadonlyMap<string, { id: number; documentId: string; name: string }>;
  /** Suppliers by code and by name (labelKey), for materials. */
  suppliers?: ReadonlyMap<string, { id: number; documentId: string; name: string }>;
}

export interface PlannedRecord {
  action: 'create' | 'update' | 'unchanged';
  sheet: string;
  row: number;
  key: string;
  documentId: string | null;
  /** The record's values as Gendan stores them (relations by documentId; `sizes` for a style's scale). */
  data: Record<string, unknown>;
  changes: Array<{ field: string; before: unknown; after: unknown }>;
}

export interface MasterImportPlan {
  records: PlannedRecord[];
  findings: ImportFinding[];
  summary: { create: number; update: number; unchanged: number };
}

/** Stored and sheet values compared as what they mean: decimals come back from the database as text ("5.00"). */
const same = (a: unknown, b: unknown) => {
  if (a === b) return true;
  if (a === null || a === undefined || b === null || b === undefined) return false;
  const [x, y] = [Number(a), Number(b)];
  if (String(a).trim() !== '' && String(b).trim() !== '' && Number.isFinite(x) && Number.isFinite(y)) return x === y;
  return String(a) === String(b);
};

/** The rows as records of `kind`, each value checked; nothing here reads the database. */
export function planMasterRecords(kind: MasterKind, rows: readonly TableRow[], facts: MasterFacts): MasterImportPlan {
  const findings: ImportFinding[] = [];
  const records: PlannedRecord[] = [];
  const keyField = MASTER_KEY[kind];
  const seen = new Map<string, number>();
  for (const row of rows) {
    const at = (field: string) => ({ sheet: row.sheet, cell: row.values[field]?.cell ?? null });
    const refuse = (field: string, rule: string, message: string, messageZh: string) =>
      findings.push(finding(at(field), field, { rule, message, messageZh }));
    const key = row.values[keyField] ? String(row.values[keyField].value).trim() : '';
    if (!key) continue;
    const twice = seen.get(labelKey(`${key}|${kind === 'styles' ? String(row.values.customer?.value ?? '') : ''}`));
    if (twice) {
      refuse(keyField, 'duplicate-record', `${key} is already on row ${twice}`, `${key} 已在第 ${twice} 行`);
      continue;
    }
    seen.set(labelKey(`${key}|${kind === 'styles' ? String(row.values.customer?.value ?? '') : ''}`), row.row);

    const data: Record<string, unknown> = { [keyField]: key };
    // In the kind's field order, whatever order the mapping lists its columns in (PostgreSQL's jsonb sorts keys).
    for (const { key: field } of MASTER_TABLES[kind].fields) {
      const located = row.values[field];
      if (field === keyField || !located) continue;
      const value = located.value;
      if (CHOICES[field] && field !== 'kinds') {
        const choice = choiceOf(field, String(value));
        if (!choice)
          refuse(
            field,
            'value-not-in-list',
            `"${String(value)}" is not one of ${[...new Set(CHOICES[field].map(([, v]) => v))].join(', ')}`,
            `"${String(value)}"不在可选值中:${[...new Set(CHOICES[field].map(([, v]) => v))].join('、')}`
          );
        else data[field] = choice;
      } else data[field] = typeof value === 'string' ? value.trim() : value;
    }

    if (kind === 'customers') {
      if (data.market !== undefined) {
        data.market = String(data.market).toUpperCase();
        if (!isCountryCode(data.market))
          refuse(
            'market',
            'market-iso-3166',
            `market "${String(row.values.market.value)}" is not an ISO 3166-1 alpha-2 country code (e.g. US, DE, CA)`,
            `市场"${String(row.values.market.value)}"不是 ISO 3166-1 二位国家代码(如 US、DE、CA)`
          );
      }
      const under = data.toleranceUnderPct;
      const over = data.toleranceOverPct;
      if ((under === undefined) !== (over === undefined))
        refuse(
          under === undefined ? 'toleranceOverPct' : 'toleranceUnderPct',
          'tolerance-pair',
          'short and over tolerance are set together',
          '短装与溢装须同时填写'
        );
    }
    if (kind === 'suppliers' && data.kinds !== undefined) {
      const named = sizesOf(String(data.kinds));
      const kinds = named.map((name) => choiceOf('kinds', name));
      const unknown = named.filter((_, i) => !kinds[i]);
      if (unknown.length)
        refuse(
          'kinds',
          'value-not-in-list',
          `${unknown.map((u) => `"${u}"`).join(', ')} not among: fabric, trims, packaging, wash, print, embroidery, garment-factory, courier`,
          `${unknown.map((u) => `"${u}"`).join('、')}不在可选类别中:面料、辅料、包装、洗水、印花、绣花、成衣厂、快递`
        );
      data.kinds = [...new Set(kinds.filter((k): k is string => !!k))];
    }
    if (kind === 'materials' && data.supplier !== undefined) {
      const supplier = facts.suppliers?.get(labelKey(String(data.supplier)));
      if (!supplier)
        refuse(
          'supplier',
          'supplier-unknown',
          `there is no supplier "${String(data.supplier)}" (by code or name): import the suppliers first`,
          `没有供应商"${String(data.supplier)}"(按编号或名称):请先导入供应商`
        );
      data.supplier = supplier?.documentId;
    }
    if (kind === 'styles') {
      const customer = data.customer !== undefined ? facts.customers?.get(labelKey(String(data.customer))) : undefined;
      if (data.customer !== undefined && !customer)
        refuse(
          'customer',
          'customer-unknown',
          `there is no customer "${String(data.customer)}" (by code or name): import the customers first`,
          `没有客户"${String(data.customer)}"(按编号或名称):请先导入客户`
        );
      data.customer = customer?.documentId;
      if (data.sizes !== undefined) {
        const sizes = sizesOf(String(data.sizes));
        const twiceOver = sizes.filter((s, i) => sizes.findIndex((t) => labelKey(t) === labelKey(s)) !== i);
        if (twiceOver.length)
          refuse(
            'sizes',
            'sizes-unique',
            `sizes listed twice: ${twiceOver.join(', ')}`,
            `尺码重复:${twiceOver.join('、')}`
          );
        data.sizes = sizes;
      }
    }

    const existingKey = kind === 'styles' ? `${labelKey(key)}|${String(data.customer ?? '')}` : labelKey(key);
    const stored = facts.existing.get(existingKey);
    const changes = stored
      ? Object.entries(data)
          .filter(([field]) => field !== keyField && !field.startsWith('contact'))
          .filter(([field, value]) =>
            Array.isArray(value)
              ? JSON.stringify(value) !== JSON.stringify(stored.values[field] ?? [])
              : !same(value, stored.values[field])
          )
          .map(([field, after]) => ({ field, before: stored.values[field] ?? null, after }))
      : [];
    records.push({
      action: stored ? (changes.length ? 'update' : 'unchanged') : 'create',
      sheet: row.sheet,
      row: row.row,
      key,
      documentId: stored?.documentId ?? null,
      data,
      changes,
    });
  }
  return {
    records,
    findings,
    summary: {
      create: records.filter((r) => r.action === 'create').length,
      update: records.filter((r) => r.action === 'update').length,
      unchanged: records.filter((r) => r.action === 'unchanged').length,
    },
  };
}
