// Interrupts a test run mid-way and checks that the embedded PostgreSQL it started left nothing behind: no server
// process, no keeper, no data folder. SIGINT goes to the run's whole process group, as Ctrl+C in a terminal does;
// SIGKILL does the same with no chance to clean up.
// Usage: node scripts/check-interrupted-tests.mjs [SIGINT|SIGKILL] [vitest filters...]   (defaults: SIGINT hub)
import { execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

const signal = process.argv[2] ?? 'SIGINT';
const filters = process.argv.length > 3 ? process.argv.slice(3) : ['hub'];
if (signal !== 'SIGINT' && signal !== 'SIGKILL') throw new Error(`signal "${signal}" is not one of SIGINT, SIGKILL`);

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function processes() {
  return execFileSync('ps', ['-eo', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter(Boolean)
    .map(([, pid, ppid, args]) => ({ pid: Number(pid), ppid: Number(ppid), args }));
}

/** The keeper our run started (it sits in a session of its own, but its parent is one of ours) and its server. */
function findServer(rootPid) {
  const all = processes();
  const ours = new Set([rootPid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) if (ours.has(p.ppid) && !ours.has(p.pid)) ours.add(p.pid), (grew = true);
  }
  const keeper = all.find((p) => ours.has(p.ppid) && p.args.includes('embedded-postgres-keeper'));
  const server = keeper && all.find((p) => p.ppid === keeper.pid && / -D /.test(p.args));
  if (!keeper || !server) return null;
  return { keeper: keeper.pid, server: server.pid, dataDir: / -D (\S+)/.exec(server.args)[1] };
}

const alive = (pid) => processes().some((p) => p.pid === pid);

const env = { ...process.env };
delete env.HUB_TEST_DATABASE_URL;
const run = spawn('npx', ['vitest', 'run', ...filters], { detached: true, env, stdio: ['ignore', 'pipe', 'pipe'] });
let output = '';
run.stdout.on('data', (chunk) => (output += chunk));
run.stderr.on('data', (chunk) => (output += chunk));
const exited = new Promise((resolve) => run.once('exit', (code, sig) => resolve(sig ?? code)));

let found = null;
for (let waited = 0; waited < 300_000 && !(found && /✓/.test(output)); waited += 250) {
  await sleep(250);
  found ??= findServer(run.pid);
  if (run.exitCode !== null) break;
}
if (!found || run.exitCode !== null) {
  console.error(`The run ended or never started its server before it could be interrupted:\n${output}`);
  process.exit(1);
}
const passed = output.split('\n').filter((line) => /✓.*\.test\.ts/.test(line)).length;
const summary = /Test Files/.test(output) ? 'its summary printed' : 'no summary yet';
console.log(`Server ${found.server} (keeper ${found.keeper}) in ${found.dataDir}; ${passed} test file(s) passed, ${summary}: sending ${signal}`);
process.kill(-run.pid, signal);
console.log(`The run ended (${await exited})`);

const clean = () => !alive(found.server) && !alive(found.keeper) && !existsSync(found.dataDir);
for (let waited = 0; waited < 30_000 && !clean(); waited += 250) await sleep(250);
const left = [
  alive(found.server) && `server process ${found.server}`,
  alive(found.keeper) && `keeper process ${found.keeper}`,
  existsSync(found.dataDir) && `data folder ${found.dataDir}`,
].filter(Boolean);
if (left.length > 0) {
  console.error(`Left behind after ${signal}: ${left.join(', ')}`);
  process.exit(1);
}
console.log(`Nothing left behind after ${signal}: no server, no keeper, no data folder.`);
