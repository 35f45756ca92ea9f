#!/usr/bin/env node
/**
 * Creates `.env` with fresh random secrets on a new clone, so `npm run develop`
 * needs no manual step. Never overwrites an existing file; never committed.
 */
const { randomBytes } = require('node:crypto');
const { existsSync, writeFileSync } = require('node:fs');
const path = require('node:path');

const file = path.join(__dirname, '..', '.env');

function envText() {
  const secret = () => randomBytes(16).toString('base64');
  return [
    '# Created by scripts/ensure-env.js on first run. Not committed. See README "Configuration".',
    'HOST=0.0.0.0',
    'PORT=1337',
    `APP_KEYS=${[secret(), secret(), secret(), secret()].join(',')}`,
    `API_TOKEN_SALT=${secret()}`,
    `ADMIN_JWT_SECRET=${secret()}`,
    `TRANSFER_TOKEN_SALT=${secret()}`,
    `JWT_SECRET=${secret()}`,
    `ENCRYPTION_KEY=${secret()}`,
    '# Password of the demo portal accounts (printed at the first start in development).',
    `DEMO_PORTAL_PASSWORD=${randomBytes(9).toString('base64url')}`,
    '',
  ].join('\n');
}

if (require.main === module) {
  if (existsSync(file)) process.exit(0);
  writeFileSync(file, envText(), { mode: 0o600 });
  console.log('Gendan: created .env with new random secrets');
}

module.exports = { envText };
