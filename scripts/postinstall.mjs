// Fetches Electron's binary where the network allows it and builds better-sqlite3 for it; otherwise
// says so in one line and goes on: the browser host needs neither, so an install never fails for them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const electronNative = '.electron-native/node_modules/better-sqlite3/build/Release/better_sqlite3.node';

function electronBinaryPresent() {
  try {
    return existsSync(require('electron'));
  } catch {
    return false;
  }
}

function download() {
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], {
    stdio: 'pipe',
    timeout: 120_000,
    encoding: 'utf8',
  });
  if (result.status === 0 && electronBinaryPresent()) return null;
  const lines = (result.stderr || result.error?.message || 'no answer').trim().split('\n');
  return lines.find((line) => !/^\s+at /.test(line)) ?? 'no answer';
}

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('Electron binary skipped (ELECTRON_SKIP_BINARY_DOWNLOAD): npm start will use the browser host.');
} else {
  const failure = electronBinaryPresent() ? null : download();
  if (failure) {
    console.log(`Electron binary could not be downloaded (${failure}): npm start will use the browser host.`);
  } else if (!existsSync(electronNative)) {
    const rebuild = spawnSync(process.execPath, ['scripts/rebuild-native-for-electron.mjs'], { stdio: 'inherit' });
    if (rebuild.status !== 0) console.log('better-sqlite3 could not be built for Electron: npm start will use the browser host.');
  }
}
