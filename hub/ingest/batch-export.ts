// An NDJSON batch written as the export files the import engine reads (the mapping's own files and columns), with
// each file line traced back to the batch line it came from, so a reject names the line the system sent.
// `orders`: one order a line, with its account's columns and its `items` and `payments` as arrays of objects (an
// order and what it is made of arrive together, as the engine needs them). `reviews`: one review a line.
import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { EntityName } from '../../main/ingest/entities';
import type { SourceMapping } from '../../main/ingest/mapping';
import type { NdjsonLine } from './ndjson-lines';
import type { BatchScope } from './scratch-store';

/** What each table of the endpoint carries: its entity, and the entities each line brings along (and under what). */
export const INGEST_TABLES = {
  orders: { entity: 'orders', inline: ['customers'], nested: { order_lines: 'items', payments: 'payments' } },
  reviews: { entity: 'reviews', inline: [], nested: {} },
} as const satisfies Record<string, { entity: EntityName; inline: EntityName[]; nested: Partial<Record<EntityName, string>> }>;
export type IngestTable = keyof typeof INGEST_TABLES;

/** The fields whose source ids scope what a batch's import reads of the hub (scratch-store.ts). */
const SCOPE_FIELDS: [EntityName, string, keyof BatchScope][] = [
  ['customers', 'person', 'person'],
  ['orders', 'key', 'order'],
  ['reviews', 'key', 'review'],
  ['reviews', 'order', 'order'],
];

export interface LineReject {
  line: number;
  field: string;
  value: string;
  reason: string;
}

type Record_ = Record<string, unknown>;

/** The column that feeds one field of an entity. */
function columnOf(mapping: SourceMapping, entity: EntityName, field: string): string {
  const rule = (mapping.entities[entity]?.columns as Record<string, string | { column: string }> | undefined)?.[field];
  return typeof rule === 'string' ? rule : (rule?.column ?? field);
}

function columnsOf(mapping: SourceMapping, entity: EntityName): string[] {
  const rules = Object.values(mapping.entities[entity]?.columns ?? {}) as (string | { column: string })[];
  return [...new Set(rules.map((rule) => (typeof rule === 'string' ? rule : rule.column)))];
}

/** A line's value as the CSV text the engine reads, or why it cannot be one. */
function text(value: unknown): string | { problem: string } {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return { problem: `is ${Array.isArray(value) ? 'an array' : typeof value}: give text or a number` };
}

/** Line breaks the record's values add to the file (as csv-file.ts counts them). */
function breaks(values: string[]): number {
  return values.reduce((n, v) => n + (v.match(/\r\n|\r|\n/g)?.length ?? 0), 0);
}

class ExportFile {
  private readonly stream: WriteStream;
  private next = 2;
  /** The batch line of each record, by the file line it starts on. */
  readonly lines = new Map<number, number>();
  constructor(
    dir: string,
    readonly entity: EntityName,
    readonly name: string,
    readonly columns: string[],
  ) {
    this.stream = createWriteStream(path.join(dir, name), { mode: 0o600 });
    this.stream.write(stringify([columns]));
  }
  async write(values: string[], batchLine: number): Promise<void> {
    this.lines.set(this.next, batchLine);
    this.next += 1 + breaks(values);
    if (!this.stream.write(stringify([values]))) await once(this.stream, 'drain');
  }
  close(): Promise<void> {
    return new Promise((resolve, reject) => this.stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
  }
}

/** Every file of the mapping, the table's own filled from the batch and the rest empty; returns the batch's own rejects. */
export async function writeBatchExport(
  dir: string,
  mapping: SourceMapping,
  table: IngestTable,
  lines: AsyncIterable<NdjsonLine>,
): Promise<{ files: Map<string, ExportFile>; lines: number; rejects: LineReject[]; scope: BatchScope }> {
  const spec = INGEST_TABLES[table];
  const files = new Map<EntityName, ExportFile>();
  for (const [entity, entityMapping] of Object.entries(mapping.entities) as [EntityName, { file: string }][]) {
    files.set(entity, new ExportFile(dir, entity, entityMapping.file, columnsOf(mapping, entity)));
  }
  const rejects: LineReject[] = [];
  let count = 0;
  const named = { person: new Set<string>(), order: new Set<string>(), review: new Set<string>() };
  const scoped = SCOPE_FIELDS.map(([entity, field, key]) => ({ entity, at: (files.get(entity) as ExportFile).columns.indexOf(columnOf(mapping, entity, field)), into: named[key] }));
  const keyColumn = columnOf(mapping, spec.entity, 'key');
  try {
    for await (const item of lines) {
      count++;
      if ('problem' in item) {
        rejects.push({ line: item.line, field: '', value: '', reason: item.problem });
        continue;
      }
      const records = toRecords(item.text, mapping, spec, keyColumn, files);
      if ('reason' in records) {
        rejects.push({ line: item.line, ...records });
        continue;
      }
      for (const [file, values] of records) {
        for (const { entity, at, into } of scoped) if (entity === file.entity && values[at]) into.add(values[at] as string);
        await file.write(values, item.line);
      }
    }
  } finally {
    await Promise.all([...files.values()].map((f) => f.close()));
  }
  const scope = { person: [...named.person], order: [...named.order], review: [...named.review] };
  return { files: new Map([...files.values()].map((f) => [f.name, f])), lines: count, rejects, scope };
}

function toRecords(
  line: string,
  mapping: SourceMapping,
  spec: (typeof INGEST_TABLES)[IngestTable],
  keyColumn: string,
  files: Map<EntityName, ExportFile>,
): [ExportFile, string[]][] | Omit<LineReject, 'line'> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    return { field: '', value: line.slice(0, 200), reason: `the line is not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { field: '', value: line.slice(0, 200), reason: 'the line is not a JSON object' };
  const object = parsed as Record_;
  const records: [ExportFile, string[]][] = [];
  const add = (entity: EntityName, source: Record_, where: string): Omit<LineReject, 'line'> | null => {
    const file = files.get(entity) as ExportFile;
    const values: string[] = [];
    for (const column of file.columns) {
      const value = text(source[column]);
      if (typeof value !== 'string') return { field: `${where}${column}`, value: JSON.stringify(source[column]).slice(0, 200), reason: `${where}${column} ${value.problem}` };
      values.push(value);
    }
    records.push([file, values]);
    return null;
  };
  for (const entity of [spec.entity, ...spec.inline]) {
    const problem = add(entity, object, '');
    if (problem) return problem;
  }
  for (const [entity, field] of Object.entries(spec.nested) as [EntityName, string][]) {
    const children = object[field] ?? [];
    if (!Array.isArray(children)) return { field, value: JSON.stringify(children).slice(0, 200), reason: `${field} is not an array` };
    // A child names its order by the order's key column, filled in from the line when the child leaves it out.
    const orderColumn = columnOf(mapping, entity, 'order');
    for (const [index, child] of children.entries()) {
      if (typeof child !== 'object' || child === null || Array.isArray(child)) return { field: `${field}[${index}]`, value: JSON.stringify(child).slice(0, 200), reason: `${field}[${index}] is not a JSON object` };
      const problem = add(entity, { [orderColumn]: object[keyColumn], ...(child as Record_) }, `${field}[${index}].`);
      if (problem) return problem;
    }
  }
  return records;
}
