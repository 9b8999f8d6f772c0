// A request body read as NDJSON lines as it arrives, so a batch of any size up to the cap never sits whole in memory.
// A line too long to be a record is handed on as a problem for its line (and skipped), not as a failure of the batch.
import { StringDecoder } from 'node:string_decoder';

export type NdjsonLine = { line: number; text: string } | { line: number; problem: string };

export class BatchTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`The batch is larger than ${maxBytes / (1 << 20)} MiB, the most one request may carry: send it as several`);
  }
}

export async function* ndjsonLines(body: AsyncIterable<Buffer>, options: { maxBytes: number; maxLineBytes: number }): AsyncGenerator<NdjsonLine> {
  const decoder = new StringDecoder('utf8');
  let size = 0;
  let pending = '';
  let line = 1;
  let tooLong = false;
  for await (const chunk of body) {
    size += chunk.length;
    if (size > options.maxBytes) throw new BatchTooLarge(options.maxBytes);
    pending += decoder.write(chunk);
    let at: number;
    while ((at = pending.indexOf('\n')) >= 0) {
      const text = pending.slice(0, at);
      pending = pending.slice(at + 1);
      if (tooLong) yield { line, problem: `the line is longer than ${options.maxLineBytes / 1024} KiB, the most a record may be` };
      else if (text.trim() !== '') yield { line, text };
      tooLong = false;
      line++;
    }
    // A line still open past the limit is dropped as it comes, never kept whole.
    if (pending.length > options.maxLineBytes) {
      tooLong = true;
      pending = '';
    }
  }
  pending += decoder.end();
  if (tooLong) yield { line, problem: `the line is longer than ${options.maxLineBytes / 1024} KiB, the most a record may be` };
  else if (pending.trim() !== '') yield { line, text: pending };
}
