import { cpus, totalmem } from 'node:os';

export interface BenchResult {
  name: string;
  p50_ms?: number;
  p95_ms?: number;
  ms?: number;
  runs?: number;
  [extra: string]: number | string | undefined;
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

const round = (ms: number) => Math.round(ms * 1000) / 1000;

/** Times `run` (after a short warm-up) and reports p50 and p95 in ms. */
export function measure(name: string, runs: number, run: (iteration: number) => void, extra: Record<string, number | string> = {}): BenchResult {
  for (let i = 0; i < Math.min(3, runs); i += 1) run(-1 - i);
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now();
    run(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { name, p50_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)), runs, ...extra };
}

export function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memory_gib: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    date: new Date().toISOString(),
  };
}
