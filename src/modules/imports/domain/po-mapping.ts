import { z } from 'zod';

/**
 * How a buyer's PO sheet maps onto Gendan's order: where the header fields
 * are, where the colour × size grid is (or which columns of a long list hold
 * colour, size and quantity), and how the buyer's names translate. Saved per
 * customer and reused for the buyer's next sheet.
 */

export const PO_HEADER_FIELDS = [
  'poNumber',
  'style',
  'orderDate',
  'exFactoryDate',
  'shipMode',
  'fobPrice',
  'currency',
  'season',
  'market',
] as const;
export type PoHeaderField = (typeof PO_HEADER_FIELDS)[number];

/** Columns of a long list (one row per colour × size). */
export const PO_LONG_FIELDS = ['poNumber', 'style', 'colour', 'size', 'quantity', 'exFactoryDate', 'fobPrice'] as const;
export type PoLongField = (typeof PO_LONG_FIELDS)[number];

const letters = z.string().regex(/^[A-Za-z]{1,3}$/, 'a column as letters, e.g. "B"');
const cell = z.string().regex(/^[A-Za-z]{1,3}[1-9]\d{0,6}$/, 'a cell as Excel writes it, e.g. "D14"');

/**
 * Where a header value is: a fixed cell, or a label the buyer writes beside it
 * ("PO No.:") — the value then sits after the label in the same cell, in the
 * first filled cell to its right, or below it. Labels survive a layout that
 * moves; cells are for sheets that never move.
 */
export const anchorSchema = z.union([
  z.object({ cell }).strict(),
  z.object({ label: z.string().trim().min(1).max(100) }).strict(),
]);
export type Anchor = z.infer<typeof anchorSchema>;

export const poMappingSchema = z
  .object({
    layout: z.enum(['grid', 'long']),
    /** Sheets to read (by name); none = every sheet that holds a PO. */
    sheets: z.array(z.string().max(31)).max(100).optional(),
    header: z.partialRecord(z.enum(PO_HEADER_FIELDS), anchorSchema).default({}),
    grid: z
      .object({
        /** Row (1-based) of the size header; none = found by the sizes it holds (several POs per sheet). */
        sizeRow: z.number().int().min(1).max(1_048_576).optional(),
        colourColumn: letters.optional(),
      })
      .strict()
      .optional(),
    long: z
      .object({
        headerRow: z.number().int().min(1).max(1_048_576),
        columns: z.partialRecord(z.enum(PO_LONG_FIELDS), letters),
      })
      .strict()
      .optional(),
    /** The buyer's size names → the style's ("Small" → "S"). */
    sizes: z.record(z.string().max(64), z.string().max(16)).default({}),
    /** The buyer's colour names → the factory's ("NVY" → "Navy"). */
    colours: z.record(z.string().max(64), z.string().max(64)).default({}),
    /** How the buyer writes 05/12/2026: day first (DMY) or month first (MDY). */
    dateOrder: z.enum(['DMY', 'MDY']).optional(),
  })
  .strict()
  .refine((m) => m.layout !== 'long' || m.long !== undefined, {
    message: 'a long layout names its columns',
    path: ['long'],
  });
export type PoMapping = z.infer<typeof poMappingSchema>;

/** What buyers write beside each header value, in English and Chinese. */
export const HEADER_LABELS: Record<PoHeaderField, RegExp> = {
  poNumber:
    /^(p\.?\s?o\.?\s*(no\.?|number|num|#)?|purchase\s+order(\s+(no\.?|number|#))?|order\s+(no\.?|number|#)|订单号|采购单号|合同号|po\s?号)$/i,
  style: /^(style(\s*(no\.?|number|#|code))?|款号|款式|款式编号)$/i,
  orderDate: /^(po\s+date|order\s+date|date\s+of\s+order|issue\s+date|下单日期|订单日期|合同日期)$/i,
  exFactoryDate: /^(ex[-\s]?(factory|fty)(\s+date)?|x[-\s]?fty(\s+date)?|出厂(日期)?|出货日期|交货期|交期)$/i,
  shipMode: /^(ship(ment)?\s*(mode|via|method)|mode\s+of\s+(shipment|transport)|transport(ation)?|运输方式|出货方式)$/i,
  fobPrice: /^(fob(\s+price)?(\s*\/\s*pc)?|unit\s+price|price|单价|fob\s?价)$/i,
  currency: /^(currency|curr\.?|币种|货币)$/i,
  season: /^(season|季节|季度)$/i,
  market: /^(market|destination|country(\s+of\s+destination)?|ship\s+to\s+country|目的国|市场)$/i,
};

/** Labels of a long list's columns. */
export const LONG_LABELS: Record<PoLongField, RegExp> = {
  poNumber: HEADER_LABELS.poNumber,
  style: HEADER_LABELS.style,
  colour: /^(colou?r(\s+(name|code))?|shade|颜色|色号|颜色名称)$/i,
  size: /^(size|尺码|尺寸)$/i,
  quantity: /^(qty|quantity|pcs|pieces|order\s+qty|数量|件数|订单数量)$/i,
  exFactoryDate: HEADER_LABELS.exFactoryDate,
  fobPrice: HEADER_LABELS.fobPrice,
};

/** A column that closes the size columns of a grid: its totals, ratio or money, not a size. */
export const TOTAL_LABEL = /^(total|ttl|total\s+(qty|pcs|quantity)|sub[-\s]?total|sum|合计|总计|小计|总数)$/i;
export const NOT_A_SIZE =
  /^(total|ttl|sub[-\s]?total|sum|合计|总计|小计|总数|remarks?|notes?|备注|price|unit\s+price|amount|金额|单价|fob|ratio|配比|cartons?|箱数|ctns?)\b/i;
/** The row of a grid that holds the prepack set (配比), not a colour. */
export const RATIO_LABEL = /^(ratio|prepack(\s+ratio)?|pre-pack(\s+ratio)?|assortment|配比|比例|装箱配比)$/i;
export const COLOUR_HEADING = LONG_LABELS.colour;

/** How buyers spell the usual letter sizes. */
export const SIZE_ALIASES: Record<string, string> = {
  'extra small': 'XS',
  'x-small': 'XS',
  xsmall: 'XS',
  small: 'S',
  medium: 'M',
  med: 'M',
  large: 'L',
  'extra large': 'XL',
  'x-large': 'XL',
  xlarge: 'XL',
  'xx-large': 'XXL',
  xxlarge: 'XXL',
  '2xl': 'XXL',
  '3xl': 'XXXL',
  'xxx-large': 'XXXL',
};

/** A label as compared: trimmed, without the colon or full stop people put after it, spaces folded. */
export const labelKey = (text: string): string =>
  text
    .replace(/[:：]\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase();

/** The buyer's size name as Gendan's when the mapping names it, else as typed (the scale's own spelling wins over an alias). */
export function sizeName(text: string, mapping: Pick<PoMapping, 'sizes'>): string {
  const trimmed = text.trim();
  const own = Object.entries(mapping.sizes).find(([from]) => labelKey(from) === labelKey(trimmed));
  return own ? own[1] : trimmed;
}

/** The usual letter size a buyer's spelling stands for ("Small" → S, "3XL" → XXXL), or null. */
export const sizeAlias = (text: string): string | null => SIZE_ALIASES[labelKey(text)] ?? null;

/** The buyer's colour name as the factory's: the mapping first, else as typed. */
export function colourName(text: string, mapping: Pick<PoMapping, 'colours'>): string {
  const trimmed = text.trim();
  const own = Object.entries(mapping.colours).find(([from]) => labelKey(from) === labelKey(trimmed));
  return own ? own[1] : trimmed;
}
