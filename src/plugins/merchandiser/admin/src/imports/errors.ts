/** A refusal from the server, as the fetch client throws it: Strapi's error shape, bilingual where Gendan answers. */
export interface ServerError {
  response?: {
    data?: {
      error?: {
        status?: number;
        message?: string;
        details?: {
          rule?: string;
          errors?: Array<{ path?: string[]; rule?: string; message: string; messageZh?: string }>;
          findings?: unknown[];
        };
      };
    };
  };
  message?: string;
}

/** The refusal in the reader's language: each named problem, else the message. */
export function refusalText(error: unknown, zh: boolean): string {
  const body = (error as ServerError).response?.data?.error;
  const listed = body?.details?.errors ?? [];
  if (listed.length > 0) return listed.map((e) => (zh && e.messageZh ? e.messageZh : e.message)).join(' · ');
  return body?.message ?? (error as ServerError).message ?? String(error);
}
