/** A command line that cannot be run as given; the message names the flag and the value. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** Reads `--name value` and `--switch` flags; an unknown flag or a missing value is an error naming it. */
export function parseFlags<V extends string, S extends string>(
  argv: readonly string[],
  spec: { values: readonly V[]; switches: readonly S[] },
): { values: Partial<Record<V, string>>; switches: Record<S, boolean> } {
  const values: Partial<Record<V, string>> = {};
  const switches = Object.fromEntries(spec.switches.map((name) => [name, false])) as Record<S, boolean>;
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? '';
    const [flag, inline] = arg.startsWith('--') ? arg.slice(2).split(/=(.*)/s, 2) : [undefined, undefined];
    if ((spec.switches as readonly string[]).includes(flag ?? '')) {
      switches[flag as S] = true;
    } else if ((spec.values as readonly string[]).includes(flag ?? '')) {
      const value = inline ?? argv[++index];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${flag} needs a value`);
      if (values[flag as V] !== undefined) throw new UsageError(`--${flag} is given twice`);
      values[flag as V] = value;
    } else {
      const known = [...spec.values, ...spec.switches].map((name) => `--${name}`).join(', ');
      throw new UsageError(`"${arg}" is not an option here; the options are ${known}`);
    }
  }
  return { values, switches };
}

export function parsePort(text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port "${text}" is not a port number (0-65535)`);
  return port;
}
