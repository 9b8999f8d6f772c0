// Money and measures rounded the way the source systems store them.

export function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

export function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
