/**
 * A broken business rule, in terms the glue layer can turn into Strapi's
 * `ValidationError` shape: `path` names the field (or the line index and field),
 * `rule` names the rule so that clients can react to it without parsing prose.
 */
export interface Violation {
  path: Array<string | number>;
  rule: string;
  message: string;
}

export const violation = (path: Array<string | number>, rule: string, message: string): Violation => ({
  path,
  rule,
  message,
});
