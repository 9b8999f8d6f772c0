import type { z } from 'zod';
import type { CallError } from '../../shared/contract-kit';
import { describeInputProblem } from '../../shared/invalid-input';

/** The first problem with a call's input, naming the field and the value found there. */
export function describeInvalidInput(error: z.ZodError, input: unknown): CallError {
  const problem = describeInputProblem(error, input);
  if (!problem) return { code: 'invalid_input', message: 'The request was not understood' };
  return { code: 'invalid_input', message: problem.message, ...(problem.field ? { field: problem.field } : {}) };
}
