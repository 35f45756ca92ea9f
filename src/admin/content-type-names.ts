/**
 * The content types' names in the admin's two languages. Strapi's Content
 * Manager translates a type's display name as a message id, so these name
 * its menu, lists and headings in Chinese. The audit and derived types say
 * they are read-only: they are written by Gendan's actions, not typed.
 */
const NAMES: Record<string, string> = {
  'Audit entry': '审计记录',
  'Back-end trim': '后道辅料',
  'BOM line': '物料定额',
  Booking: '托书',
  Complaint: '客诉',
  'Completion report': '完单报告',
  Customer: '客户',
  Department: '部门',
  'Final inspection': '大货尾查',
  Import: '导入',
  'Import mapping': '导入映射',
  'Material issue': '发料',
  'Material receipt': '到库/入库',
  Material: '物料',
  Notification: '提醒',
  'Order document': '订单单据',
  'Order history': '跟单记录',
  'Order line': '尺码明细',
  'Order milestone': '订单节点',
  'Order revision': '订单修改记录',
  Order: '订单',
  'Packing list': '箱单',
  'Production exception': '生产异常',
  'Production line': '生产线',
  'Production report': '生产日报',
  'Production settings': '生产参数',
  'Purchase order line': '采购明细',
  'Purchase order': '采购单',
  'Quality settings': '质量参数',
  'Reminder settings': '提醒参数',
  'Rule waiver': '例外放行',
  Sample: '样品',
  'Shipping settings': '出货参数',
  'Sign-off': '签核',
  'Size scale': '尺码组',
  Style: '款式',
  'Subcontract job': '外发加工',
  'Supplement request': '补料单',
  Supplier: '供应商',
  'T&A template': 'T&A 模板',
  'Tolerance rule': '短溢装规则',
  'Workflow stage': '跟单阶段',
};

/** Written by Gendan's actions (workflow, revisions, documents, reminders, T&A), read by people. */
const READ_ONLY = new Set([
  'Audit entry',
  'Import',
  'Notification',
  'Order document',
  'Order history',
  'Order milestone',
  'Order revision',
  'Rule waiver',
  'Sign-off',
]);

const suffix = { en: ' (read-only)', 'zh-Hans': '(只读)' } as const;

/** The admin's translations of the type names: `en` marks the read-only ones, `zh-Hans` names them all. */
export const contentTypeNames = (locale: keyof typeof suffix): Record<string, string> =>
  Object.fromEntries(
    Object.entries(NAMES).flatMap(([english, chinese]) => {
      const name = locale === 'en' ? english : chinese;
      const marked = READ_ONLY.has(english) ? `${name}${suffix[locale]}` : name;
      return marked === english ? [] : [[english, marked]];
    })
  );

export const CONTENT_TYPE_NAMES = NAMES;
