/** Production exception causes (生产异常原因): as the source names them in Chinese, and in plain English. */
const CAUSES: Record<string, { en: string; zh: string }> = {
  'wrong-plan': { en: 'Wrong plan', zh: '计划失误' },
  'machine-failure': { en: 'Machine failure', zh: '机器故障' },
  'material-late': { en: 'Material late', zh: '物料延误' },
  'material-short': { en: 'Material short', zh: '物料不足' },
  'high-defect-rate': { en: 'High defect rate', zh: '次品率高' },
  'rush-order': { en: 'Rush order inserted', zh: '急单插单' },
  'upstream-delay': { en: 'Upstream delay', zh: '前序延误' },
  'low-morale': { en: 'Low morale, absence or turnover', zh: '士气低落/缺勤/流失' },
  'too-few-workers': { en: 'Too few workers on the line', zh: '上线人数不足' },
  other: { en: 'Other', zh: '其他' },
};

/** A production exception's cause in the admin user's language, never its code. */
export const exceptionCause = (cause: string, zh: boolean) => CAUSES[cause]?.[zh ? 'zh' : 'en'] ?? cause;
