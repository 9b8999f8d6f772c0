// A rejected request body in one sentence; for a push it names the mutation by its place, id and name.
import type { z } from 'zod';
import { describeInputProblem, describeValue, fieldPath, valueAt } from '../shared/invalid-input';

export interface InvalidBody {
  message: string;
  field: string;
}

export function describeInvalidBody(error: z.ZodError, body: unknown): InvalidBody {
  const problem = describeInputProblem(error, body, (path) => {
    if (path[0] !== 'mutations' || typeof path[1] !== 'number' || path.length <= 2) return fieldPath(path);
    const mutation = valueAt(body, path.slice(0, 2)) as Record<string, unknown> | undefined;
    const id = typeof mutation?.id === 'number' ? `id ${mutation.id}` : 'no id';
    const name = typeof mutation?.name === 'string' ? `, ${describeValue(mutation.name)}` : '';
    return `mutations[${path[1]}] (${id}${name}): ${fieldPath(path.slice(2))}`;
  });
  return problem ?? { message: 'The request was not understood', field: '' };
}
