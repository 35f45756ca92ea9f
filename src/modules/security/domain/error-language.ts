/**
 * Every rule Gendan refuses with carries its message in Chinese (`messageZh`).
 * For a reader of Chinese — the admin user's interface language, else the
 * browser's — the answer's messages are the Chinese ones, so the Content
 * Manager, the plugin pages and a portal show the refusal as she reads; the
 * English stays beside it as `messageEn`.
 */
interface ListedError {
  message?: unknown;
  messageZh?: unknown;
  [key: string]: unknown;
}

export interface LocalisableError {
  message?: unknown;
  details?: { errors?: unknown; [key: string]: unknown };
  [key: string]: unknown;
}

export function inChinese<T extends LocalisableError>(error: T): T {
  const listed = Array.isArray(error.details?.errors) ? (error.details.errors as unknown[]) : [];
  const translated = listed.map((entry) => {
    const item = entry as ListedError;
    return item && typeof item === 'object' && typeof item.messageZh === 'string'
      ? { ...item, message: item.messageZh, messageEn: item.message }
      : entry;
  });
  const chinese = translated
    .map((entry) => (entry as ListedError)?.messageZh)
    .filter((text): text is string => typeof text === 'string');
  if (chinese.length === 0) return error;
  const message =
    chinese.length === listed.length
      ? chinese.length === 1
        ? chinese[0]
        : `${chinese.length} 处错误:${chinese.join(';')}`
      : error.message;
  return { ...error, message, messageEn: error.message, details: { ...error.details, errors: translated } };
}
