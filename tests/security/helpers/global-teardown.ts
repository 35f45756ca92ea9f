import { rmSync } from 'node:fs';

export default async function globalTeardown() {
  await globalThis.gendanSecurityServer?.stop();
  if (process.env.GENDAN_SECURITY_WORLD) rmSync(process.env.GENDAN_SECURITY_WORLD, { force: true });
}
