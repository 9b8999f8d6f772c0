// Reads one entity's file as its mapping says: checks the header names every mapped column, converts each record
// field by field, and hands on either the record or, for a record that cannot be used, the first problem found.
import path from 'node:path';
import { ENTITIES, type EntityName, type EntityRecord, type FieldSpec } from './entities';
import { convert, Problem } from './fields';
import { FileRefused, openCsv } from './csv-file';
import type { ClockShift } from './local-time';
import type { EntityMapping } from './mapping';

/** A record kept aside: where it is, what is wrong, and its text as read. */
export interface Reject {
  file: string;
  line: number;
  column: string;
  value: string;
  reason: string;
  /** Null for a record found wrong once staged: read again from its file, at its line, when the run is stored. */
  record: string[] | null;
}

export interface EntityItem {
  line: number;
  record: EntityRecord;
  /** The record's values as read, for a reject found while staging (a key held with other content). */
  raw: string[];
}

interface Bound {
  field: string;
  spec: FieldSpec;
  column: string;
  index: number;
  codes?: Record<string, string>;
}

/** Longest value a reject keeps: enough to recognise it, never a 10 MB field. */
const REJECT_VALUE_MAX = 200;

export function clip(text: string): string {
  return text.length > REJECT_VALUE_MAX ? `${text.slice(0, REJECT_VALUE_MAX)}… (${text.length.toLocaleString('en-US')} characters)` : text;
}

/** Opens the entity's file and checks its header; refuses (FileRefused) a file that lacks a mapped column. */
export async function readEntity<E extends EntityName>(
  dir: string,
  entity: E,
  mapping: EntityMapping<E>,
  clock: ClockShift,
): Promise<{ file: string; items: AsyncGenerator<(EntityItem | Reject)[]> }> {
  const file = path.join(dir, mapping.file);
  const csv = await openCsv(file);
  const fields = ENTITIES[entity].fields as Record<string, FieldSpec>;
  const bound: Bound[] = [];
  for (const [field, spec] of Object.entries(fields)) {
    const rule = (mapping.columns as Record<string, string | { column: string; codes: Record<string, string> } | undefined>)[field];
    if (rule === undefined) {
      if (spec.required) throw new FileRefused(file, `the mapping gives no column for ${entity}.${field}`);
      continue;
    }
    const column = typeof rule === 'string' ? rule : rule.column;
    const index = csv.header.indexOf(column);
    if (index < 0) throw new FileRefused(file, `the header has no column "${column}" (for ${entity}.${field}); it has ${csv.header.slice(0, 12).join(', ')}`);
    bound.push({ field, spec, column, index, ...(typeof rule === 'string' ? {} : { codes: rule.codes }) });
  }
  const name = mapping.file;
  const width = csv.header.length;

  const convertRecord = (values: string[], line: number): EntityItem | Reject => {
    if (values.length !== width) {
      return { file: name, line, column: '', value: clip(values.join(',')), reason: `has ${values.length} fields, the header ${width}: the record is cut off or split`, record: values.map(clip) };
    }
    const record: EntityRecord = {};
    for (const b of bound) {
      const raw = values[b.index] as string;
      const converted = convert(raw, b.spec, clock, b.codes);
      if (converted instanceof Problem) {
        return { file: name, line, column: b.column, value: clip(raw), reason: `${b.column} "${clip(raw)}" ${converted.problem}`, record: values.map(clip) };
      }
      record[b.field] = converted;
    }
    return { line, record, raw: values };
  };

  async function* items(): AsyncGenerator<(EntityItem | Reject)[]> {
    for await (const chunk of csv.items) {
      yield chunk.map((item) => ('problem' in item ? { file: name, line: item.line, column: '', value: '', reason: item.problem, record: [] } : convertRecord(item.values, item.line)));
    }
  }
  return { file, items: items() };
}
