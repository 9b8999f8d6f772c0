// Turns a zod failure on a request body into one sentence naming the field (and, for a push, the
// mutation) and the value found. Hostile bodies reach here, so nothing in it may throw.
import type { z } from 'zod';

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export interface InvalidBody {
  message: string;
  field: string;
}

/** For a push, names the mutation by its place, id and name as sent, then the field within it. */
export function describeInvalidBody(error: z.ZodError, body: unknown): InvalidBody {
  const issue = error.issues[0];
  if (!issue) return { message: 'The request was not understood', field: '' };
  const path = issue.path;
  const field = fieldPath(path);
  let where = field;
  if (path[0] === 'mutations' && typeof path[1] === 'number' && path.length > 2) {
    const mutation = valueAt(body, path.slice(0, 2)) as Record<string, unknown> | undefined;
    const id = typeof mutation?.id === 'number' ? `id ${mutation.id}` : 'no id';
    const name = typeof mutation?.name === 'string' ? `, ${shown(mutation.name)}` : '';
    where = `mutations[${path[1]}] (${id}${name}): ${fieldPath(path.slice(2))}`;
  }
  return { message: `${where ? `${where}: ` : ''}${issue.message} (got ${shown(valueAt(body, path))})`, field };
}
