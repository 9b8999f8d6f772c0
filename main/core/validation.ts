import type { z } from 'zod';
import type { CallError } from '../../shared/contract-kit';

function fieldPath(path: readonly PropertyKey[]): string {
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

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** The first problem with an input, naming the field and the value found there. */
export function describeInvalidInput(error: z.ZodError, input: unknown): CallError {
  const issue = error.issues[0];
  if (!issue) return { code: 'invalid_input', message: 'The request was not understood' };
  const field = fieldPath(issue.path);
  const where = field ? `${field}: ` : '';
  return {
    code: 'invalid_input',
    message: `${where}${issue.message} (got ${describe(valueAt(input, issue.path))})`,
    ...(field ? { field } : {}),
  };
}
