// One sentence for a rejected input, naming the field and the value found there. Hostile inputs reach
// here (hub pushes, IPC calls), so nothing in it may throw or echo much of what it was sent.
import type { z } from 'zod';

export function fieldPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)),
    '',
  );
}

export function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** A short, safe rendering of a value: never more than 60 characters of it. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object' && value !== null) return 'an object';
  const text = typeof value === 'string' ? JSON.stringify(value.slice(0, 60)) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export interface InputProblem {
  /** The field as a path like `change.addTags[0]`; empty when the whole input is at fault. */
  field: string;
  message: string;
}

/** The first problem zod found; `where` may name the field more helpfully than its bare path. */
export function describeInputProblem(error: z.ZodError, input: unknown, where?: (path: readonly PropertyKey[]) => string): InputProblem | null {
  const issue = error.issues[0];
  if (!issue) return null;
  const field = fieldPath(issue.path);
  const place = where ? where(issue.path) : field;
  return { field, message: `${place ? `${place}: ` : ''}${issue.message} (got ${describeValue(valueAt(input, issue.path))})` };
}
