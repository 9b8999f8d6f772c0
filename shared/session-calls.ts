// The session's call: who this console acts for, and what they may see.
import { z } from 'zod';
import { call, type CallSpec } from './contract-kit';
import type { Person, Region } from './domain';

export interface Session {
  person: Person;
  /** Only the regions this person is granted. */
  regions: Region[];
  /** People this person can assign to: those sharing one of their regions. */
  people: Person[];
}

export const sessionCalls = {
  'session.get': call<Session>()(z.object({}).strict()),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
