/**
 * The trade term of every field, in Chinese and English, as merchandisers say it.
 * Bootstrap writes these into the content manager's field descriptions (only where
 * an administrator has not written one), so the admin shows both languages.
 */
export interface TradeTerm {
  zh: string;
  en: string;
}

export type TradeTermsByField = Record<string, TradeTerm>;

export const TRADE_TERMS: Record<string, TradeTermsByField> = {
  customer: {
    code: { zh: '客户代码', en: 'Customer code (unique)' },
    name: { zh: '客户名称', en: 'Customer name' },
    market: { zh: '目的国/市场', en: 'Destination market, ISO 3166 alpha-2 (CA, US, JP, DE…)' },
    channel: { zh: '销售渠道(常规/网络单/综合单)', en: 'Default sales channel: regular, online or combined' },
    contacts: { zh: '联系人', en: 'Contacts' },
    sampleFeePolicy: { zh: '样品收费政策', en: 'Sample fee policy: free, charged, or charged for new customers' },
    notes: { zh: '备注', en: 'Notes' },
  },
  supplier: {
    code: { zh: '供应商代码', en: 'Supplier code (unique)' },
    name: { zh: '供应商名称', en: 'Supplier name' },
    kinds: {
      zh: '供应类别(面料/辅料/包装/水洗/印花/绣花/成衣厂/快递)',
      en: 'What the supplier provides (several allowed)',
    },
    contacts: { zh: '联系人', en: 'Contacts' },
    leadTimeDays: { zh: '交货周期(天)', en: 'Usual lead time in days' },
  },
  'size-scale': {
    name: { zh: '尺码组', en: 'Size scale name' },
    sizes: { zh: '尺码(按顺序)', en: 'Sizes in order (XS, S, M, L, XL or 2T…5T)' },
  },
  style: {
    styleNo: { zh: '款号', en: 'Style number (unique per customer)' },
    description: { zh: '款式描述', en: 'Style description' },
    category: { zh: '品类', en: 'Category (tops, bottoms, dresses, outerwear…)' },
    customer: { zh: '客户', en: 'Customer' },
    sizeScale: { zh: '尺码组', en: 'Size scale' },
  },
  order: {
    poNumber: { zh: '客户订单号', en: "Customer's PO number (unique per customer)" },
    customer: { zh: '客户', en: 'Customer' },
    style: { zh: '款号', en: 'Style' },
    season: { zh: '季节', en: 'Season (e.g. SS27, AW26)' },
    market: { zh: '目的国/市场', en: "Destination market, ISO 3166 alpha-2; defaults to the customer's" },
    channel: { zh: '销售渠道(常规/网络单/综合单)', en: "Sales channel; defaults to the customer's" },
    fobPrice: { zh: 'FOB单价', en: 'FOB unit price (≥ 0)' },
    currency: { zh: '币种', en: 'Currency, ISO 4217 (default USD)' },
    orderDate: { zh: '接单日期', en: 'Order date' },
    exFactoryDate: { zh: '出厂日期/交期', en: 'Ex-factory date (not before the order date)' },
    materialIssueDate: { zh: '领料日期', en: 'Material issue date, set by the plan manager' },
    shipMode: { zh: '运输方式(海运/空运/铁路/陆运/快递)', en: 'Ship mode: sea, air, rail, truck or courier' },
    merchandiser: { zh: '跟单员', en: 'Merchandiser (admin user)' },
    requiresWashing: { zh: '需水洗', en: 'Goes to the wash plant' },
    requiresPrintOrEmbroidery: { zh: '需印绣花', en: 'Needs print or embroidery' },
    notes: { zh: '备注(内部)', en: 'Internal notes' },
    totalQuantity: { zh: '订单总数(件)', en: 'Total pieces — the sum of the order lines, read-only' },
    lines: { zh: '尺码明细', en: 'Size breakdown lines (colour × size)' },
    stage: { zh: '当前阶段', en: 'Workflow stage — changed only through transitions' },
    stageDates: { zh: '各阶段进入日期', en: 'When the order entered each stage (set by the workflow)' },
    heldStage: { zh: '暂停前阶段', en: 'The stage an on-hold order resumes to' },
  },
  department: {
    key: { zh: '部门代码', en: 'Department key (kebab-case, unique)' },
    name: { zh: '部门名称(英文)', en: 'Name in English' },
    nameZh: { zh: '部门名称(中文)', en: 'Name in Chinese' },
    adminRoleCode: { zh: '对应管理员角色', en: 'Code of the admin role whose holders sign for this department' },
  },
  'workflow-stage': {
    key: { zh: '阶段代码', en: 'Stage key (kebab-case, unique; orders store it)' },
    name: { zh: '阶段名称(英文)', en: 'Name in English' },
    nameZh: { zh: '阶段名称(中文)', en: 'Name in Chinese' },
    position: { zh: '顺序', en: 'Position in the workflow (ascending)' },
    kind: { zh: '类型(步骤/暂停/取消)', en: 'step, hold (one) or cancel (one)' },
    optional: { zh: '可选阶段', en: 'Skipped for orders where appliesWhen is false' },
    appliesWhen: { zh: '适用条件字段', en: 'Boolean order field deciding an optional stage (e.g. requiresWashing)' },
    requiredSignoffs: { zh: '需签核部门', en: 'Departments that must approve entry into this stage' },
    rules: { zh: '进入规则', en: 'Entry rules from the rule registry, with JSON params' },
    terminal: { zh: '终止阶段', en: 'No move leaves a terminal stage' },
  },
  'order-history': {
    kind: { zh: '记录类型', en: 'created, transition or sign-off' },
    fromStage: { zh: '原阶段', en: 'From stage' },
    toStage: { zh: '新阶段', en: 'To stage' },
    actorName: { zh: '操作人', en: 'Who' },
    at: { zh: '时间', en: 'When' },
    comment: { zh: '说明', en: 'Comment' },
  },
  signoff: {
    stage: { zh: '签核阶段', en: 'Stage signed off' },
    department: { zh: '签核部门', en: 'Department' },
    decision: { zh: '结论(批准/驳回)', en: 'approved or rejected' },
    actorName: { zh: '签核人', en: 'Who signed' },
    at: { zh: '时间', en: 'When' },
  },
  'order-line': {
    order: { zh: '订单', en: 'Order' },
    colour: { zh: '颜色', en: 'Colour' },
    size: { zh: '尺码', en: "Size, from the style's size scale" },
    quantity: { zh: '数量(件)', en: 'Pieces (whole number > 0)' },
  },
};

/** "客户订单号 · Customer's PO number" — how a field is described in the admin. */
export const describeField = (term: TradeTerm) => `${term.zh} · ${term.en}`;
