/**
 * A broken business rule, in terms the glue layer can turn into Strapi's
 * `ValidationError` shape: `path` names the field (or the line index and field),
 * `rule` names the rule so that clients can react to it without parsing prose,
 * `messageZh` says it to a merchandiser working in Chinese.
 */
export interface Violation {
  path: Array<string | number>;
  rule: string;
  message: string;
  messageZh: string;
}

export const violation = (
  path: Array<string | number>,
  rule: string,
  message: string,
  messageZh: string
): Violation => ({ path, rule, message, messageZh });

/** An amount that must be greater than zero; `nameZh` is the field as a merchandiser says it (数量, 单耗). */
export const positive = (
  path: Array<string | number>,
  value: unknown,
  nameZh: string,
  rule = 'quantity-positive'
): Violation[] =>
  Number(value) > 0
    ? []
    : [violation(path, rule, `${String(path[path.length - 1])} must be greater than 0`, `${nameZh}必须大于 0`)];
