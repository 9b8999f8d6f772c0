// Compiles a private copy of better-sqlite3 for Electron into .electron-native/, leaving node_modules'
// Node build to the tests. Prints one line with the outcome (the full log goes to .electron-native/rebuild.log)
// and exits non-zero on failure, so postinstall can say so and go on.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

const require = createRequire(import.meta.url);
const root = path.resolve(import.meta.dirname, '..');
const outDir = path.join(root, '.electron-native');
const source = path.join(root, 'node_modules', 'better-sqlite3');
const copy = path.join(outDir, 'node_modules', 'better-sqlite3');
// The same file main/shells/electron/electron-runtime.ts looks for.
const addon = path.join(copy, 'build', 'Release', 'better_sqlite3.node');
const logFile = path.join(outDir, 'rebuild.log');
const BUILD_TIMEOUT_MS = 15 * 60_000;

function fail(reason) {
  console.log(`better-sqlite3 was not rebuilt for Electron: ${reason}`);
  process.exit(1);
}

function electronBinary() {
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function findNodeGyp() {
  const npmDir = path.dirname(process.execPath);
  const candidates = [
    process.env.npm_config_node_gyp,
    path.join(npmDir, '../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'),
    path.join(npmDir, 'node_modules/npm/node_modules/node-gyp/bin/node-gyp.js'), // Windows layout
  ];
  try {
    candidates.push(require.resolve('node-gyp/bin/node-gyp.js'));
  } catch {
    // Not installed on its own; npm's copy above is the usual one.
  }
  return candidates.find((file) => file && existsSync(file));
}

/** The environment without npm settings that would override the command line (node-gyp lets them win), above all `nodedir`. */
function buildEnvironment() {
  const overriding = /^npm_(config|package_config_node_gyp)_(nodedir|target|target_arch|arch|dist_url|disturl|devdir|runtime|tarball)$/i;
  return Object.fromEntries(Object.entries(process.env).filter(([key]) => !overriding.test(key)));
}

/** The line of a failed build an operator can act on: a compiler error, else node-gyp's own, else the last. */
function summary(output) {
  const lines = output.split('\n').map((line) => line.trim()).filter(Boolean);
  const compilerError = lines.find((line) => !line.startsWith('gyp') && /\berror\b/i.test(line));
  // node-gyp spreads its message over several stack lines before the trace proper.
  const stack = lines.filter((line) => line.startsWith('gyp ERR! stack ')).map((line) => line.slice('gyp ERR! stack '.length));
  const traceStart = stack.findIndex((line) => line.startsWith('at '));
  const gypError = (traceStart === -1 ? stack : stack.slice(0, traceStart)).join(' ') || undefined;
  return (compilerError ?? gypError ?? lines.at(-1) ?? 'no output').slice(0, 300);
}

const binary = electronBinary();
if (!binary) fail("Electron's binary is not installed.");
if (!existsSync(path.join(source, 'binding.gyp'))) fail('node_modules/better-sqlite3 is missing (run npm install).');
const nodeGyp = findNodeGyp();
if (!nodeGyp) fail('node-gyp was not found (it ships with npm).');
const electronVersion = JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')).version;

// A fresh copy, so a failed build never leaves an addon for an older Electron behind.
try {
  rmSync(copy, { recursive: true, force: true });
  mkdirSync(path.dirname(copy), { recursive: true });
  cpSync(source, copy, { recursive: true, filter: (file) => file !== path.join(source, 'build') });
} catch (error) {
  fail(`its sources could not be copied to ${path.relative(root, copy)} (${error.message}).`);
}

const build = spawnSync(
  process.execPath,
  [
    nodeGyp,
    'rebuild',
    '--release',
    `--target=${electronVersion}`,
    `--arch=${process.arch}`,
    '--dist-url=https://electronjs.org/headers',
    // Electron's headers apart from Node's, whose cache is keyed by version number alone.
    `--devdir=${path.join(os.homedir(), '.electron-gyp')}`,
  ],
  { cwd: copy, env: buildEnvironment(), encoding: 'utf8', timeout: BUILD_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 },
);
const output = `${build.stdout ?? ''}${build.stderr ?? ''}`;
writeFileSync(logFile, output);
if (build.error) fail(`node-gyp did not finish (${build.error.message}). Full log: ${path.relative(root, logFile)}`);
if (build.status !== 0 || !existsSync(addon)) fail(`${summary(output)} Full log: ${path.relative(root, logFile)}`);

// Loading the addon in Electron's own Node proves the ABI matches before the app ever relies on it.
const check = spawnSync(binary, ['-e', `require(${JSON.stringify(addon)})`], {
  env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
  encoding: 'utf8',
  timeout: 60_000,
});
if (check.status !== 0) {
  rmSync(addon, { force: true });
  fail(`the built addon does not load in Electron: ${summary(`${check.stderr ?? ''}${check.error?.message ?? ''}`)}`);
}
console.log(`better-sqlite3 rebuilt for Electron ${electronVersion} (${process.arch}) in ${path.relative(root, outDir)}.`);
