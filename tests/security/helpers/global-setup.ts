import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { root, startProductionServer, type ProductionServer } from './production';
import { prepareWorld } from './world';

declare global {
  var gendanSecurityServer: ProductionServer | undefined;
}

/**
 * The security suite runs against what users run: the production build.
 * Builds it when missing (CI builds it before), then starts one shared
 * production server and registers its first administrator, staff and tokens.
 */
export default async function globalSetup() {
  if (!existsSync(path.join(root, 'dist', 'build', 'index.html'))) {
    console.log('\nsecurity suite: no admin build in dist/ — running `npm run build` first');
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  } else {
    execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.json'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
  const server = await startProductionServer('shared', {
    CORS_ORIGINS: 'https://portal.example.com',
    PORTAL_CREATES_PER_HOUR: '3',
  });
  globalThis.gendanSecurityServer = server;
  const world = await prepareWorld(server.base, server.database);
  const file = path.join(tmpdir(), `gendan-security-world-${process.pid}.json`);
  writeFileSync(file, JSON.stringify(world));
  process.env.GENDAN_SECURITY_WORLD = file;
}
