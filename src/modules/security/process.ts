import type { Core } from '@strapi/strapi';

let current: Core.Strapi | null = null;
let installed = false;

/**
 * A promise a library forgot to await must not take the factory offline:
 * Node ends the process on an unhandled rejection, and one malformed request
 * made Strapi's validator leave one behind on PostgreSQL (its parallel
 * uniqueness queries in an aborted transaction). The request has already
 * failed with its error; the rejection is logged, and the server keeps
 * serving everyone else.
 */
export function logUnhandledRejections(strapi: Core.Strapi) {
  current = strapi;
  if (installed) return;
  installed = true;
  process.on('unhandledRejection', (reason) => {
    const message = reason instanceof Error ? (reason.stack ?? reason.message) : String(reason);
    if (current) current.log.error(`[gendan] unhandled rejection (the server keeps running): ${message}`);
    else console.error('[gendan] unhandled rejection', reason);
  });
}
