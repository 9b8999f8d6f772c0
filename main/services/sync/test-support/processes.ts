// Child processes for the fault tests: consoles and hubs that can be killed with SIGKILL mid-flight.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { value } from '../../../db/statement-cache';

const ROOT = path.resolve(__dirname, '..', '..', '..', '..');

export function spawnTs(script: string, args: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, script), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Resolves with the exit code (null when killed by a signal) and everything printed. */
export function finished(child: ChildProcess): Promise<{ code: number | null; output: string }> {
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

/** Resolves once the child prints `line`; rejects if it exits first. */
export function printed(child: ChildProcess, line: string, ms = 30_000): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`no "${line}" within ${ms} ms:\n${output}`)), ms);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes(line)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      if (!output.includes(line)) reject(new Error(`exited (${code}) before "${line}":\n${output}`));
    });
  });
}

export async function runConsole(dbFile: string, hubUrl: string, token: string, pushBatch: number): Promise<void> {
  const result = await finished(spawnTs('main/services/sync/test-support/console-child.ts', [dbFile, hubUrl, token, String(pushBatch)]));
  if (result.code !== 0) throw new Error(`the console process failed (${result.code}):\n${result.output}`);
}

/** Where a kill is timed from: the console saying it started, or its first snapshot page stored. */
export type KillFrom = 'started' | 'snapshot';

/**
 * Starts a console sync and SIGKILLs it `afterMs` after `from`. Timing from the stored snapshot page, read
 * from the file itself, lands a kill mid-snapshot however slow a loaded machine makes the console's start.
 */
export async function killConsoleMidway(
  dbFile: string,
  hubUrl: string,
  token: string,
  pushBatch: number,
  afterMs: number,
  from: KillFrom = 'started',
): Promise<void> {
  const child = spawnTs('main/services/sync/test-support/console-child.ts', [dbFile, hubUrl, token, String(pushBatch)]);
  const exit = finished(child);
  await printed(child, 'started').catch(() => {});
  if (from === 'snapshot') await snapshotStored(dbFile, exit);
  await new Promise((resolve) => setTimeout(resolve, afterMs));
  child.kill('SIGKILL');
  await exit;
}

async function snapshotStored(dbFile: string, exit: Promise<unknown>): Promise<void> {
  let exited = false;
  void exit.then(() => (exited = true));
  // Read-only and bare: opening it as a console would put back what the snapshot has set aside.
  const db = new Database(dbFile, { readonly: true, fileMustExist: true });
  try {
    while (!exited && value(db, 'SELECT snapshot_rows_done IS NOT NULL FROM sync_state') !== 1) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  } finally {
    db.close();
  }
}

export async function startHubProcess(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawnTs('hub/cli.ts', ['--database-url', databaseUrl, '--port', String(port)]);
  await printed(child, 'Regional hub:');
  return child;
}

export async function kill(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}
