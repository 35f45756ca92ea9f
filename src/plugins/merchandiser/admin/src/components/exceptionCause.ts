/** Production exception causes (生产异常原因) as the source names them in Chinese. */
const CAUSES_ZH: Record<string, string> = {
  'wrong-plan': '计划失误',
  'machine-failure': '机器故障',
  'material-late': '物料延误',
  'material-short': '物料不足',
  'high-defect-rate': '次品率高',
  'rush-order': '急单插单',
  'upstream-delay': '前序延误',
  'low-morale': '士气低落/缺勤/流失',
  'too-few-workers': '上线人数不足',
  other: '其他',
};

/** A production exception's cause in the admin user's language (the key reads as English). */
export const exceptionCause = (cause: string, zh: boolean) => (zh ? (CAUSES_ZH[cause] ?? cause) : cause);
