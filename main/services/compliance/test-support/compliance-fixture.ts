// A store for compliance tests: the shared fixture (a lead granted SEA and EU, an EU operator) plus an EU manager.
import type { Person } from '../../../../shared/domain';
import { fixtureDb, type FixtureDb } from '../../../test-support/fixture-db';
import { run } from '../../../db/statement-cache';

export interface ComplianceFixture extends FixtureDb {
  manager: Person;
  operator: Person;
}

export function complianceFixture(): ComplianceFixture {
  const fixture = fixtureDb();
  run(fixture.db, "INSERT INTO people VALUES (3, 'Mira Kovac', 'mira@example.test', 'manager')");
  run(fixture.db, "INSERT INTO people_regions VALUES (3, 'EU')");
  return {
    ...fixture,
    manager: { id: 3, name: 'Mira Kovac', email: 'mira@example.test', role: 'manager', regions: ['EU'] },
    operator: { id: 2, name: 'Jonas Weber', email: 'jonas@example.test', role: 'operator', regions: ['EU'] },
  };
}

/** The smallest PDF file-type recognises. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
/** The start of a Linux program: what an executable looks like to file-type. */
export const ELF_BYTES = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
