import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The project's folder, found from here whether this file runs from e2e/ or bundled into dist/main (the bench). */
function projectRoot(from: string): string {
  const up = path.dirname(from);
  if (existsSync(path.join(from, 'package.json'))) return from;
  if (up === from) throw new Error(`no package.json above ${__dirname}`);
  return projectRoot(up);
}

export const ROOT = projectRoot(__dirname);

export interface Started {
  child: ChildProcess;
  /** The first capture group of the line the process was waited for. */
  value: string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts a built entry point of ours (with `env` added to ours) and waits for the line that says it is ready. */
export function startUntil(entry: string, args: string[], ready: RegExp, timeoutMs = 30_000, env: NodeJS.ProcessEnv = {}): Promise<Started> {
  const child = spawn(process.execPath, [path.join(ROOT, entry), ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  const stop = async (signal: NodeJS.Signals = 'SIGTERM') => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`${entry} did not become ready:\n${output}`)), timeoutMs);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = ready.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ child, value: match[1], stop });
      }
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${entry} exited (${code}):\n${output}`));
    });
  });
}
