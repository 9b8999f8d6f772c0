// compliance.put and compliance.unlink on the hub: each row checked as a pulled row is on a console, kept to the
// person's regions, refused while its assessment is signed off (but for the reopening itself), and a sign-off taken
// only from a manager of the region. Rows are stored as sent: their text ids were made where they were made.
import type { HubPerson, Mutation, MutationResult } from '../shared/hub-protocol';
import { rowProblem } from '../shared/row-problem';
import { TABLE_BY_NAME, type Table } from '../shared/table-registry';
import type { Client } from './db/pool';
import { forgetDeletions, recordDeletions } from './tombstones';

type PutMutation = Extract<Mutation, { name: 'compliance.put' }>;
type UnlinkMutation = Extract<Mutation, { name: 'compliance.unlink' }>;

const NOT_FOUND = 'That compliance record was not found in the regions you are granted';

/** The assessment a row belongs to, by the column that leads to it; rows of no assessment (evidence, incidents) lock nothing. */
const ASSESSMENT_OF: Record<string, string | null> = {
  compliance_assessments: 'SELECT $1::text AS id',
  compliance_results: 'SELECT $1::text AS id',
  compliance_findings: 'SELECT $1::text AS id',
  compliance_signoffs: 'SELECT $1::text AS id',
  compliance_actions: 'SELECT assessment_id AS id FROM compliance_findings WHERE id = $1',
  compliance_evidence_links: 'SELECT assessment_id AS id FROM compliance_results WHERE id = $1',
};
const LEADING_COLUMN: Record<string, string> = {
  compliance_assessments: 'id',
  compliance_results: 'assessment_id',
  compliance_findings: 'assessment_id',
  compliance_signoffs: 'assessment_id',
  compliance_actions: 'finding_id',
  compliance_evidence_links: 'result_id',
};

function named(table: Table, row: unknown[]): Record<string, unknown> {
  return Object.fromEntries(table.columns.map((column, i) => [column.name, row[i]]));
}

async function assessmentStatus(client: Client, table: Table, values: Record<string, unknown>): Promise<{ id: string; status: string } | null> {
  const sql = ASSESSMENT_OF[table.name];
  const column = LEADING_COLUMN[table.name];
  if (!sql || !column) return null;
  const { rows } = await client.query<{ id: string }>(sql, [values[column]]);
  const id = rows[0]?.id;
  if (id === undefined) return null;
  const { rows: found } = await client.query<{ status: string }>('SELECT status FROM compliance_assessments WHERE id = $1 FOR UPDATE', [id]);
  return found[0] ? { id, status: found[0].status } : null;
}

/** Why this put may not change a signed-off or unsigned assessment, or null. */
function lockRefusal(table: Table, values: Record<string, unknown>, current: { id: string; status: string } | null, person: HubPerson): string | null {
  const signing = (table.name === 'compliance_signoffs' && values.kind === 'sign_off') ||
    (table.name === 'compliance_assessments' && values.status === 'signed_off' && current?.status !== 'signed_off');
  if (signing) {
    if (person.role !== 'manager') return `Only a manager of ${String(values.region)} can sign off an assessment`;
    if (current && current.status !== 'in_review') return `Assessment ${current.id} is ${current.status.replace('_', ' ')}, not in review: it cannot be signed off`;
    return null;
  }
  if (current?.status !== 'signed_off') return null;
  const reopening = (table.name === 'compliance_signoffs' && values.kind === 'reopen') ||
    (table.name === 'compliance_assessments' && values.status === 'reopened');
  return reopening ? null : `Assessment ${current.id} is signed off and locked: reopen it with a reason first`;
}

export async function applyCompliancePut(client: Client, seq: number, mutation: PutMutation, person: HubPerson): Promise<MutationResult> {
  const reject = (reason: string): MutationResult => ({ id: mutation.id, status: 'rejected', reason });
  const table = TABLE_BY_NAME.get(mutation.args.table) as Table;
  const problem = rowProblem(table, mutation.args.row);
  if (problem) return reject(`The ${table.name} row was refused: ${problem}`);
  const values = named(table, mutation.args.row);
  if (!person.regions.includes(values.region as never)) return reject(NOT_FOUND);
  const keyValues = table.key.map((column) => values[column]);
  const where = table.key.map((column, i) => `"${column}" = $${i + 1}`).join(' AND ');
  const { rows: existing } = await client.query<{ region: string }>(`SELECT region FROM ${table.name} WHERE ${where}`, keyValues);
  if (existing[0] && existing[0].region !== values.region) return reject(NOT_FOUND);
  const current = await assessmentStatus(client, table, values);
  const refusal = lockRefusal(table, values, current, person);
  if (refusal) {
    // The console that sent it shows its edit already: the hub's row goes out again so the next pull puts it back.
    if (existing[0]) await client.query(`UPDATE ${table.name} SET seq = $${table.key.length + 1} WHERE ${where}`, [...keyValues, seq]);
    return reject(refusal);
  }

  const columns = table.columns.map((column) => column.name);
  const updates = columns.filter((column) => !table.key.includes(column)).map((column) => `"${column}" = excluded."${column}"`);
  try {
    await client.query('SAVEPOINT compliance_put');
    await client.query(
      `INSERT INTO ${table.name} (${columns.map((c) => `"${c}"`).join(', ')}, seq) VALUES (${columns.map((_c, i) => `$${i + 1}`).join(', ')}, $${columns.length + 1})
       ON CONFLICT (${table.key.map((c) => `"${c}"`).join(', ')}) DO UPDATE SET ${[...updates, 'seq = excluded.seq'].join(', ')}`,
      [...mutation.args.row, seq],
    );
    await client.query('RELEASE SAVEPOINT compliance_put');
  } catch (error) {
    // A row pointing at a parent the hub does not hold (refused earlier, or another region's) is refused alone.
    await client.query('ROLLBACK TO SAVEPOINT compliance_put');
    return reject(`The ${table.name} row was refused: ${(error as Error).message}`);
  }
  await forgetDeletions(client, table.name, [keyValues]);
  return { id: mutation.id, status: 'applied' };
}

export async function applyComplianceUnlink(client: Client, seq: number, mutation: UnlinkMutation, person: HubPerson): Promise<MutationResult> {
  const { resultId, evidenceId } = mutation.args;
  const { rows } = await client.query<{ region: string }>('SELECT region FROM compliance_evidence_links WHERE result_id = $1 AND evidence_id = $2', [resultId, evidenceId]);
  const link = rows[0];
  if (!link || !person.regions.includes(link.region as never)) return { id: mutation.id, status: 'applied' };
  const table = TABLE_BY_NAME.get('compliance_evidence_links') as Table;
  const refusal = lockRefusal(table, { result_id: resultId }, await assessmentStatus(client, table, { result_id: resultId }), person);
  if (refusal) return { id: mutation.id, status: 'rejected', reason: refusal };
  await client.query('DELETE FROM compliance_evidence_links WHERE result_id = $1 AND evidence_id = $2', [resultId, evidenceId]);
  await recordDeletions(client, 'compliance_evidence_links', [[resultId, evidenceId]], link.region, seq);
  return { id: mutation.id, status: 'applied' };
}
