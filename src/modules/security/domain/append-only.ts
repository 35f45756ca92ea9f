/**
 * Append-only records and where their entries really come from: a user who
 * tries to create or edit one by hand reads, in their language, where to do
 * the thing instead.
 */
export type Language = 'en' | 'zh-Hans';

const MESSAGES: Record<string, Record<Language, string>> = {
  'api::signoff.signoff': {
    en: "Sign-offs are given in the order's workflow panel (open the order → Workflow → sign off for your department); they are append-only and cannot be created or edited here.",
    'zh-Hans': '签核请在订单的流程面板中进行（打开订单 → 流程 → 为本部门签核）；签核记录只能追加，不能在此新建或修改。',
  },
  'api::order-history.order-history': {
    en: "Order history is written by Gendan when an order is created, moved or signed off (the order's workflow panel); it is append-only.",
    'zh-Hans': '跟单记录由系统在订单创建、流转或签核时写入（订单的流程面板），只能追加，不能新建或修改。',
  },
  'api::order-revision.order-revision': {
    en: 'Order revisions are recorded when a confirmed order is changed: edit the order itself; revisions are append-only.',
    'zh-Hans': '订单变更记录在修改已确认的订单时自动生成：请直接修改订单；变更记录只能追加。',
  },
  'api::order-document.order-document': {
    en: "Issued documents are recorded when the order's documents are issued, re-issued or recalled; they are append-only.",
    'zh-Hans': '单据记录在订单单据下达、重新下达或收回时自动生成，只能追加。',
  },
  'api::rule-waiver.rule-waiver': {
    en: "Waivers are given in the order's workflow panel by the department the rule names (open the order → Workflow → waive); they are append-only.",
    'zh-Hans': '例外放行请在订单的流程面板中由规则指定的部门办理（打开订单 → 流程 → 放行）；记录只能追加。',
  },
  'api::data-import.data-import': {
    en: 'Imports are recorded by the import wizard (Merchandiser → Imports) or POST /api/imports: upload the sheet there; an import cannot be created or edited here.',
    'zh-Hans':
      '导入记录由导入向导（跟单 → 导入）或 POST /api/imports 生成：请在那里上传表格；导入记录不能在此新建或修改。',
  },
  'api::audit-entry.audit-entry': {
    en: 'Audit entries are written by Gendan beside the change they record; they are append-only.',
    'zh-Hans': '审计记录由系统在变更发生时自动写入，只能追加。',
  },
};

export const appendOnlyMessage = (uid: string, language: Language) =>
  MESSAGES[uid]?.[language] ??
  (language === 'zh-Hans'
    ? '此类记录只能追加，不能新建或修改。'
    : 'These records are append-only: they cannot be created or edited by hand.');

/** The user's language from their admin profile, else the browser's Accept-Language; English by default. */
export function languageOf(preferred: string | null | undefined, acceptLanguage: string | null | undefined): Language {
  const first = (preferred || acceptLanguage || '').split(',')[0].trim().toLowerCase();
  return first.startsWith('zh') ? 'zh-Hans' : 'en';
}
