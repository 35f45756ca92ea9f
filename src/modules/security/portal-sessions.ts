import type { Core } from '@strapi/strapi';
import jwt from 'jsonwebtoken';

const SESSION = 'admin::session';
const ORIGIN = 'users-permissions';

interface SessionRow {
  id: number;
  sessionId: string;
  childId: string | null;
  status: string | null;
  userId: string;
  origin: string;
}

const sessions = (strapi: Core.Strapi) => strapi.db.query(SESSION as never);

/** The session id of a refresh token users-permissions signed, or null (forged, expired, malformed). */
export function refreshTokenSession(strapi: Core.Strapi, token: unknown): string | null {
  if (typeof token !== 'string' || token.length === 0) return null;
  const secret =
    (strapi.config.get('plugin::users-permissions.jwtSecret') as string | undefined) ||
    (strapi.config.get('admin.auth.secret') as string);
  const algorithm =
    (strapi.config.get('plugin::users-permissions.jwt.algorithm') as jwt.Algorithm | undefined) ?? 'HS256';
  try {
    const payload = jwt.verify(token, secret, { algorithms: [algorithm] }) as { type?: string; sessionId?: string };
    return payload.type === 'refresh' && typeof payload.sessionId === 'string' ? payload.sessionId : null;
  } catch {
    return null;
  }
}

/** Every session of the login a session belongs to: its ancestors and descendants through rotation. */
async function family(strapi: Core.Strapi, start: SessionRow): Promise<SessionRow[]> {
  const found = new Map<string, SessionRow>([[start.sessionId, start]]);
  let up: SessionRow | null = start;
  while (up) {
    up = (await sessions(strapi).findOne({ where: { childId: up.sessionId, origin: ORIGIN } })) as SessionRow | null;
    if (!up || found.has(up.sessionId)) break;
    found.set(up.sessionId, up);
  }
  let down: SessionRow | null = start;
  while (down?.childId) {
    down = (await sessions(strapi).findOne({
      where: { sessionId: down.childId, origin: ORIGIN },
    })) as SessionRow | null;
    if (!down || found.has(down.sessionId)) break;
    found.set(down.sessionId, down);
  }
  return [...found.values()];
}

/** Ends a whole login: the session, what it was rotated from and everything rotated from it. */
export async function revokeFamily(strapi: Core.Strapi, sessionId: string): Promise<number> {
  const start = (await sessions(strapi).findOne({ where: { sessionId, origin: ORIGIN } })) as SessionRow | null;
  if (!start) return 0;
  const members = await family(strapi, start);
  await sessions(strapi).deleteMany({ where: { id: { $in: members.map((member) => member.id) } } });
  return members.length;
}

/**
 * A refresh token presented again after it was rotated was copied: whoever
 * holds its successor may be the thief. The whole login is revoked (OAuth
 * 2.0 security BCP, refresh token reuse detection); both parties log in again.
 */
export async function revokeOnReuse(strapi: Core.Strapi, token: unknown): Promise<boolean> {
  const sessionId = refreshTokenSession(strapi, token);
  if (!sessionId) return false;
  const session = (await sessions(strapi).findOne({ where: { sessionId, origin: ORIGIN } })) as SessionRow | null;
  if (!session || session.status !== 'rotated') return false;
  const revoked = await revokeFamily(strapi, sessionId);
  strapi.log.warn(
    `[portal] a rotated refresh token was used again: ${revoked} session(s) of user ${session.userId} revoked`
  );
  return true;
}

/** Whether the session behind an access token is still alive (logout and reuse revocation delete it). */
export async function sessionAlive(strapi: Core.Strapi, sessionId: string): Promise<boolean> {
  return (await sessions(strapi).count({ where: { sessionId, origin: ORIGIN } })) > 0;
}
