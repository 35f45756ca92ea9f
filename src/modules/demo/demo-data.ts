/**
 * A small, realistic export garment factory: buyers in Canada, the US, Japan
 * and the EU, the suppliers a merchandiser chases, and a season of orders with
 * full colour × size breakdowns. Dates are relative to the day of loading so
 * the demo always has orders just received, in production and shipped.
 */
export interface DemoCustomer {
  code: string;
  name: string;
  market: string;
  channel: 'regular' | 'online' | 'combined';
  sampleFeePolicy: 'free' | 'charged' | 'charged-for-new';
  contacts: Array<{ name: string; role: string; email: string; phone?: string }>;
  notes?: string;
}

export interface DemoSupplier {
  code: string;
  name: string;
  kinds: string[];
  leadTimeDays: number;
  contacts: Array<{ name: string; role: string; email?: string; phone?: string }>;
}

export interface DemoStyle {
  customer: string;
  styleNo: string;
  description: string;
  category: string;
  sizeScale: string;
}

export interface DemoOrder {
  customer: string;
  styleNo: string;
  poNumber: string;
  season: string;
  fobPrice: number;
  currency: string;
  /** Days from the day of loading (negative = in the past). */
  orderDay: number;
  exFactoryDay: number;
  materialIssueDay?: number;
  shipMode: 'sea' | 'air' | 'rail' | 'truck' | 'courier';
  requiresWashing: boolean;
  requiresPrintOrEmbroidery: boolean;
  market?: string;
  /** Colour → pieces; spread over the style's sizes by `curve`. */
  colours: Record<string, number>;
  curve: number[];
  notes?: string;
  /** Where the order stands today; the loader replays its history up to here. */
  stage: string;
  /** For an order on hold: the stage it was held in, and why. */
  heldIn?: string;
  holdReason?: string;
  /** Days (from today) on which the order entered given stages, e.g. the start of sewing. */
  stageDays?: Record<string, number>;
  /** Sewing pieces per working day of an order still in production (see demo-production.ts). */
  sewingRate?: number;
  /** The order at risk carries an open production exception. */
  openException?: boolean;
  /** A late warehouse entry (晚进仓) requested at booking, with its reason. */
  lateEntry?: string;
  /** The final inspection failed first, then passed on re-inspection. */
  failedInspectionFirst?: boolean;
  /** Shipped quantity as a percentage of the order (default 100). */
  shipPct?: number;
  /** A cancelled order: the stage it reached before the buyer withdrew it, and why. */
  cancelledAfter?: string;
  cancelReason?: string;
  /** Open purchasing to show (see demo-materials.ts). */
  purchasing?: 'late-and-inspected-late' | 'ships-tomorrow-and-failed-shrinkage' | 'supplement' | 'open-po';
}

export const DEMO_SIZE_SCALES: Array<{ name: string; sizes: string[] }> = [
  { name: 'Adult XS–XL', sizes: ['XS', 'S', 'M', 'L', 'XL'] },
  { name: 'Adult S–XXL', sizes: ['S', 'M', 'L', 'XL', 'XXL'] },
  { name: 'Toddler 2T–5T', sizes: ['2T', '3T', '4T', '5T'] },
  { name: 'Women numeric 2–12', sizes: ['2', '4', '6', '8', '10', '12'] },
  { name: 'Men waist 28–38', sizes: ['28', '30', '32', '34', '36', '38'] },
];

export const DEMO_CUSTOMERS: DemoCustomer[] = [
  {
    code: 'MAPLE',
    name: 'Maple Leaf Apparel Inc.',
    market: 'CA',
    channel: 'regular',
    sampleFeePolicy: 'charged-for-new',
    contacts: [
      {
        name: 'Claire Tremblay',
        role: 'Buyer',
        email: 'claire.tremblay@mapleleaf-apparel.example',
        phone: '+1 416 555 0142',
      },
      { name: 'Raj Patel', role: 'QA manager', email: 'raj.patel@mapleleaf-apparel.example' },
    ],
    notes: 'Canadian orders ship exactly: no short or over shipment.',
  },
  {
    code: 'BLUERIDGE',
    name: 'Blue Ridge Outfitters LLC',
    market: 'US',
    channel: 'regular',
    sampleFeePolicy: 'free',
    contacts: [
      {
        name: 'Megan Walsh',
        role: 'Sourcing manager',
        email: 'mwalsh@blueridge-outfitters.example',
        phone: '+1 828 555 0199',
      },
    ],
  },
  {
    code: 'SAKURA',
    name: 'Sakura Kids Co., Ltd.',
    market: 'JP',
    channel: 'regular',
    sampleFeePolicy: 'charged',
    contacts: [
      { name: 'Yuki Tanaka', role: 'Merchandiser', email: 'y.tanaka@sakura-kids.example', phone: '+81 3 5555 0123' },
    ],
  },
  {
    code: 'RHEIN',
    name: 'Rheinwerk Mode GmbH',
    market: 'DE',
    channel: 'online',
    sampleFeePolicy: 'charged-for-new',
    contacts: [{ name: 'Jonas Becker', role: 'E-commerce buyer', email: 'j.becker@rheinwerk-mode.example' }],
    notes: 'Web-shop orders: no short or over shipment.',
  },
  {
    code: 'NORDLYS',
    name: 'Nordlys Retail AB',
    market: 'SE',
    channel: 'combined',
    sampleFeePolicy: 'charged-for-new',
    contacts: [{ name: 'Elin Lindqvist', role: 'Buyer', email: 'elin.lindqvist@nordlys-retail.example' }],
  },
];

export const DEMO_SUPPLIERS: DemoSupplier[] = [
  {
    code: 'HUAYANG',
    name: 'Changzhou Huayang Textile Co.',
    kinds: ['fabric'],
    leadTimeDays: 25,
    contacts: [{ name: 'Wang Lei', role: '业务', phone: '+86 519 8555 0101' }],
  },
  {
    code: 'JIANGNAN-DENIM',
    name: 'Jiangnan Denim Mill',
    kinds: ['fabric'],
    leadTimeDays: 35,
    contacts: [{ name: 'Zhou Min', role: '销售' }],
  },
  {
    code: 'WUJIN-TRIMS',
    name: 'Wujin Trims & Accessories',
    kinds: ['trims'],
    leadTimeDays: 12,
    contacts: [{ name: 'Li Na', role: '跟单', email: 'lina@wujin-trims.example' }],
  },
  {
    code: 'CZ-CARTON',
    name: 'Changzhou Carton Packaging',
    kinds: ['packaging'],
    leadTimeDays: 7,
    contacts: [{ name: 'Chen Jun', role: '业务' }],
  },
  {
    code: 'JINTAN-WASH',
    name: 'Jintan Garment Wash Plant',
    kinds: ['wash'],
    leadTimeDays: 5,
    contacts: [{ name: 'Sun Qiang', role: '水洗厂跟单' }],
  },
  {
    code: 'HENGLI-PE',
    name: 'Hengli Print & Embroidery',
    kinds: ['print', 'embroidery'],
    leadTimeDays: 6,
    contacts: [{ name: 'Xu Fang', role: '厂长' }],
  },
  {
    code: 'DONGAO-F1',
    name: 'Dongao Garment Factory No. 1',
    kinds: ['garment-factory'],
    leadTimeDays: 0,
    contacts: [{ name: 'Gu Hua', role: '厂长' }],
  },
  {
    code: 'LIYANG-GF',
    name: 'Liyang Garment Subcontract Factory',
    kinds: ['garment-factory'],
    leadTimeDays: 3,
    contacts: [{ name: 'Ma Tao', role: '生产主管' }],
  },
  {
    code: 'SF-EXPRESS',
    name: 'SF Express (Changzhou)',
    kinds: ['courier'],
    leadTimeDays: 1,
    contacts: [{ name: 'Service desk', role: 'courier', phone: '95338' }],
  },
];

export const DEMO_STYLES: DemoStyle[] = [
  {
    customer: 'MAPLE',
    styleNo: 'ML-2401',
    description: "Men's brushed flannel shirt",
    category: 'tops',
    sizeScale: 'Adult S–XXL',
  },
  {
    customer: 'MAPLE',
    styleNo: 'ML-2417',
    description: "Women's quilted vest",
    category: 'outerwear',
    sizeScale: 'Adult XS–XL',
  },
  {
    customer: 'BLUERIDGE',
    styleNo: 'BR-5520',
    description: "Men's 5-pocket stretch denim",
    category: 'bottoms',
    sizeScale: 'Men waist 28–38',
  },
  {
    customer: 'BLUERIDGE',
    styleNo: 'BR-5610',
    description: 'Unisex garment-dyed hoodie',
    category: 'tops',
    sizeScale: 'Adult S–XXL',
  },
  {
    customer: 'SAKURA',
    styleNo: 'SK-K118',
    description: 'Toddler cotton sweatshirt with embroidered bear',
    category: 'kidswear',
    sizeScale: 'Toddler 2T–5T',
  },
  {
    customer: 'SAKURA',
    styleNo: 'SK-K205',
    description: 'Toddler pull-on twill trousers',
    category: 'kidswear',
    sizeScale: 'Toddler 2T–5T',
  },
  {
    customer: 'RHEIN',
    styleNo: 'RW-DR31',
    description: "Women's printed viscose dress",
    category: 'dresses',
    sizeScale: 'Women numeric 2–12',
  },
  {
    customer: 'RHEIN',
    styleNo: 'RW-TS07',
    description: 'Organic cotton basic T-shirt',
    category: 'tops',
    sizeScale: 'Adult XS–XL',
  },
  {
    customer: 'NORDLYS',
    styleNo: 'NL-PK44',
    description: 'Recycled polyester parka',
    category: 'outerwear',
    sizeScale: 'Adult XS–XL',
  },
];

const ALPHA5 = [1, 2, 3, 2, 1];
const KIDS4 = [2, 3, 3, 2];
const NUMERIC6 = [1, 2, 3, 3, 2, 1];

export const DEMO_ORDERS: DemoOrder[] = [
  {
    customer: 'MAPLE',
    styleNo: 'ML-2401',
    poNumber: '4500231877',
    stage: 'completed',
    season: 'AW26',
    fobPrice: 8.35,
    currency: 'USD',
    orderDay: -120,
    exFactoryDay: -35,
    materialIssueDay: -80,
    shipMode: 'sea',
    requiresWashing: true,
    requiresPrintOrEmbroidery: false,
    colours: { 'Red Buffalo Check': 1800, 'Navy Tartan': 1800 },
    curve: ALPHA5,
    notes: 'Shipped; completion report signed.',
  },
  {
    customer: 'MAPLE',
    styleNo: 'ML-2417',
    poNumber: '4500235102',
    stageDays: { 'in-production': -24, packing: -2 },
    sewingRate: 180,
    stage: 'packing',
    season: 'AW26',
    fobPrice: 11.9,
    currency: 'USD',
    orderDay: -70,
    exFactoryDay: 6,
    materialIssueDay: -30,
    shipMode: 'sea',
    requiresWashing: false,
    requiresPrintOrEmbroidery: false,
    colours: { Black: 1500, Olive: 900, 'Dusty Rose': 600 },
    curve: ALPHA5,
  },
  {
    customer: 'MAPLE',
    styleNo: 'ML-2401',
    poNumber: '4500238840',
    stage: 'received',
    season: 'SS27',
    fobPrice: 8.1,
    currency: 'USD',
    orderDay: -5,
    exFactoryDay: 75,
    shipMode: 'sea',
    requiresWashing: true,
    requiresPrintOrEmbroidery: false,
    colours: { 'Blue Gingham': 2400 },
    curve: ALPHA5,
  },
  {
    customer: 'BLUERIDGE',
    styleNo: 'BR-5520',
    poNumber: 'BRO-77120',
    failedInspectionFirst: true,
    stage: 'shipped',
    season: 'AW26',
    fobPrice: 12.75,
    currency: 'USD',
    orderDay: -95,
    exFactoryDay: -10,
    materialIssueDay: -55,
    shipMode: 'sea',
    requiresWashing: true,
    requiresPrintOrEmbroidery: false,
    colours: { 'Dark Indigo': 3600, 'Vintage Light': 2400 },
    curve: NUMERIC6,
  },
  {
    customer: 'BLUERIDGE',
    styleNo: 'BR-5610',
    poNumber: 'BRO-77304',
    stageDays: { 'in-production': -21, 'print-embroidery': -4 },
    sewingRate: 260,
    stage: 'print-embroidery',
    season: 'SS27',
    fobPrice: 9.6,
    currency: 'USD',
    orderDay: -40,
    exFactoryDay: 21,
    materialIssueDay: -8,
    shipMode: 'sea',
    requiresWashing: true,
    requiresPrintOrEmbroidery: true,
    colours: { Sage: 1200, Clay: 1200, 'Heather Grey': 1800 },
    curve: ALPHA5,
  },
  {
    customer: 'BLUERIDGE',
    styleNo: 'BR-5520',
    poNumber: 'BRO-77388',
    stage: 'received',
    season: 'SS27',
    fobPrice: 12.4,
    currency: 'USD',
    orderDay: -12,
    exFactoryDay: 60,
    shipMode: 'sea',
    requiresWashing: true,
    requiresPrintOrEmbroidery: false,
    colours: { Rinse: 3000 },
    curve: NUMERIC6,
  },
  {
    customer: 'SAKURA',
    styleNo: 'SK-K118',
    poNumber: 'SKJ-2611-03',
    openException: true,
    stageDays: { 'in-production': -18 },
    sewingRate: 70,
    purchasing: 'supplement',
    stage: 'in-production',
    season: 'AW26',
    fobPrice: 6.2,
    currency: 'USD',
    orderDay: -60,
    exFactoryDay: 12,
    materialIssueDay: -20,
    shipMode: 'sea',
    requiresWashing: false,
    requiresPrintOrEmbroidery: true,
    colours: { Oatmeal: 1000, 'Powder Blue': 1000, Butter: 500 },
    curve: KIDS4,
  },
  {
    customer: 'SAKURA',
    styleNo: 'SK-K205',
    poNumber: 'SKJ-2612-01',
    purchasing: 'ships-tomorrow-and-failed-shrinkage',
    stage: 'notice-issued',
    season: 'SS27',
    fobPrice: 5.45,
    currency: 'USD',
    orderDay: -25,
    exFactoryDay: 45,
    materialIssueDay: 10,
    shipMode: 'sea',
    requiresWashing: true,
    requiresPrintOrEmbroidery: false,
    colours: { Khaki: 1600, Navy: 1600 },
    curve: KIDS4,
  },
  {
    customer: 'RHEIN',
    styleNo: 'RW-DR31',
    poNumber: 'RWM-26-0931',
    lateEntry: 'Print strike-off re-approval delayed packing by two days.',
    stage: 'booked',
    season: 'SS27',
    fobPrice: 14.8,
    currency: 'EUR',
    orderDay: -45,
    exFactoryDay: 3,
    materialIssueDay: -15,
    shipMode: 'air',
    requiresWashing: false,
    requiresPrintOrEmbroidery: true,
    colours: { 'Poppy Print': 900, 'Midnight Floral': 900 },
    curve: NUMERIC6,
  },
  {
    customer: 'RHEIN',
    styleNo: 'RW-TS07',
    poNumber: 'RWM-26-0977',
    purchasing: 'late-and-inspected-late',
    stage: 'notice-issued',
    season: 'SS27',
    fobPrice: 3.95,
    currency: 'EUR',
    orderDay: -18,
    exFactoryDay: 40,
    materialIssueDay: 5,
    shipMode: 'rail',
    requiresWashing: false,
    requiresPrintOrEmbroidery: false,
    colours: { White: 3000, Black: 3000, 'Heather Grey': 1500 },
    curve: ALPHA5,
  },
  {
    customer: 'NORDLYS',
    styleNo: 'NL-PK44',
    poNumber: 'NLR-11045',
    stage: 'final-inspection',
    season: 'AW26',
    fobPrice: 24.5,
    currency: 'EUR',
    orderDay: -80,
    exFactoryDay: -2,
    materialIssueDay: -45,
    shipMode: 'sea',
    requiresWashing: false,
    requiresPrintOrEmbroidery: false,
    colours: { Black: 1200, 'Forest Green': 800 },
    curve: ALPHA5,
  },
  {
    customer: 'NORDLYS',
    styleNo: 'NL-PK44',
    poNumber: 'NLR-11102',
    stage: 'received',
    season: 'AW27',
    fobPrice: 23.9,
    currency: 'EUR',
    orderDay: -2,
    exFactoryDay: 90,
    shipMode: 'sea',
    requiresWashing: false,
    requiresPrintOrEmbroidery: false,
    market: 'NO',
    colours: { Sand: 1000, Black: 1000 },
    curve: ALPHA5,
    notes: 'Norway allocation of the AW27 parka.',
  },
  {
    customer: 'SAKURA',
    styleNo: 'SK-K118',
    poNumber: 'SKJ-2701-02',
    stage: 'on-hold',
    heldIn: 'received',
    holdReason: 'Buyer is re-checking the colour standard',
    season: 'SS27',
    fobPrice: 6.05,
    currency: 'USD',
    orderDay: -8,
    exFactoryDay: 55,
    shipMode: 'courier',
    requiresWashing: false,
    requiresPrintOrEmbroidery: true,
    colours: { Mint: 600 },
    curve: KIDS4,
  },
  {
    customer: 'BLUERIDGE',
    styleNo: 'BR-5610',
    poNumber: 'BRO-76990',
    shipPct: 97,
    stage: 'completed',
    season: 'AW26',
    fobPrice: 9.85,
    currency: 'USD',
    orderDay: -150,
    exFactoryDay: -60,
    materialIssueDay: -110,
    shipMode: 'sea',
    requiresWashing: true,
    requiresPrintOrEmbroidery: true,
    colours: { Black: 2000, Cream: 1000 },
    curve: ALPHA5,
  },
  {
    customer: 'MAPLE',
    styleNo: 'ML-2417',
    poNumber: '4500236620',
    season: 'AW26',
    fobPrice: 11.6,
    currency: 'USD',
    orderDay: -45,
    exFactoryDay: 30,
    materialIssueDay: 2,
    shipMode: 'sea',
    requiresWashing: false,
    requiresPrintOrEmbroidery: false,
    colours: { Camel: 1200 },
    curve: ALPHA5,
    stage: 'cancelled',
    cancelledAfter: 'notice-issued',
    cancelReason: 'Buyer withdrew the Camel colourway (PO cancelled by mail of the buyer).',
    purchasing: 'open-po',
  },
];

/**
 * Spreads a colour's pieces over the sizes by the curve (e.g. 1:2:3:2:1), in
 * whole pieces; the rounding remainder goes to the middle size, as a factory would.
 */
export function spreadOverSizes(pieces: number, sizes: readonly string[], curve: readonly number[]) {
  const weights = sizes.map((_, index) => curve[index] ?? 1);
  const sum = weights.reduce((a, b) => a + b, 0);
  const quantities = weights.map((weight) => Math.floor((pieces * weight) / sum));
  const middle = Math.floor(sizes.length / 2);
  quantities[middle] += pieces - quantities.reduce((a, b) => a + b, 0);
  return sizes.map((size, index) => ({ size, quantity: quantities[index] }));
}
