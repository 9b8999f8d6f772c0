// Evidence bytes on this console: uploads arrive in chunks into a staging file (a chunk at the wrong offset is
// refused with the offset expected, so a broken upload resumes), then the whole file is checked by its content
// (file-type: what it is, not what its name says), executables refused, and stored once under its sha256 in the
// evidence folder beside the database (the app-data folder).
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, appendFileSync } from 'node:fs';
import path from 'node:path';
import { fileTypeFromBuffer } from 'file-type';
import { MAX_EVIDENCE_BYTES } from '../../../shared/compliance';
import type { Db } from '../../db/open';
import { ServiceError } from '../kit';

/** What evidence may be: documents, spreadsheets, images and PDFs, by the type file-type reads from the bytes. */
const ACCEPTED = new Set(['pdf', 'png', 'jpg', 'gif', 'webp', 'tif', 'bmp', 'heic', 'avif', 'docx', 'xlsx', 'pptx', 'odt', 'ods', 'odp', 'cfb', 'rtf']);
/** Types that run: named in the refusal so the person knows why. */
const EXECUTABLE = new Set(['exe', 'elf', 'macho', 'msi', 'dmg', 'deb', 'rpm', 'apk', 'dex', 'class', 'wasm', 'lnk', 'jar', 'swf', 'xpi', 'crx']);

export function evidenceDir(db: Db): string {
  return path.join(path.dirname(path.resolve(db.name)), 'evidence');
}

export function blobPath(db: Db, sha256: string): string {
  return path.join(evidenceDir(db), sha256.slice(0, 2), sha256);
}

function stagingPath(db: Db, uploadId: string): string {
  return path.join(evidenceDir(db), 'uploads', `${uploadId}.part`);
}

/** Appends a chunk at `offset`; answers the bytes received so far (what a resumed upload sends from). */
export function receiveChunk(db: Db, uploadId: string, offset: number, bytes: Buffer): { received: number } {
  const file = stagingPath(db, uploadId);
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const have = existsSync(file) ? statSync(file).size : 0;
  if (offset !== have) throw new ServiceError('conflict', `This upload has ${have} bytes so far: send the chunk at offset ${have}`, 'offset');
  if (have + bytes.length > MAX_EVIDENCE_BYTES) {
    rmSync(file, { force: true });
    throw new ServiceError('invalid_input', 'Evidence files are 25 MB at most', 'base64');
  }
  appendFileSync(file, bytes, { mode: 0o600 });
  return { received: have + bytes.length };
}

/** Plain text (CSV, TXT) has no magic number: it is taken when it is UTF-8 without control characters. */
function isPlainText(bytes: Buffer): boolean {
  if (bytes.subarray(0, 2).toString('latin1') === '#!') return false;
  const text = bytes.toString('utf8');
  return !text.includes('\uFFFD') && !/[\u0000-\u0008\u000E-\u001F\u007F]/.test(text);
}

export interface SniffedFile {
  sha256: string;
  mime: string;
  size: number;
  newFile: boolean;
}

/** Checks and stores bytes by their sha256; the same bytes are stored once. */
export async function storeEvidenceBytes(db: Db, bytes: Buffer): Promise<SniffedFile> {
  if (bytes.length === 0) throw new ServiceError('invalid_input', 'The file is empty', 'uploadId');
  if (bytes.length > MAX_EVIDENCE_BYTES) throw new ServiceError('invalid_input', 'Evidence files are 25 MB at most', 'uploadId');
  const type = await fileTypeFromBuffer(bytes);
  let mime: string;
  if (type === undefined) {
    if (!isPlainText(bytes)) throw new ServiceError('invalid_input', 'The file is not a PDF, image, spreadsheet or document this console recognises', 'fileName');
    mime = 'text/plain';
  } else if (EXECUTABLE.has(type.ext)) {
    throw new ServiceError('invalid_input', `The file is a program (${type.ext}): executables are never kept as evidence`, 'fileName');
  } else if (!ACCEPTED.has(type.ext)) {
    throw new ServiceError('invalid_input', `The file is a ${type.ext} file: evidence is a PDF, image, spreadsheet or document`, 'fileName');
  } else {
    mime = type.mime;
  }
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { sha256, mime, size: bytes.length, newFile: storeVerifiedBlob(db, sha256, bytes) };
}

/** Keeps bytes whose sha256 is known to be `sha256` under that name, once; answers whether they were new here. */
export function storeVerifiedBlob(db: Db, sha256: string, bytes: Uint8Array): boolean {
  const target = blobPath(db, sha256);
  if (existsSync(target)) return false;
  mkdirSync(path.dirname(target), { recursive: true, mode: 0o700 });
  // Written aside and renamed, so a crash never leaves a file whose bytes do not match its name.
  const temp = `${target}.${process.pid}.tmp`;
  writeFileSync(temp, bytes, { mode: 0o600 });
  renameSync(temp, target);
  return true;
}

/** Takes a finished upload's bytes out of staging. */
export function takeUpload(db: Db, uploadId: string): Buffer {
  const file = stagingPath(db, uploadId);
  if (!existsSync(file)) throw new ServiceError('not_found', 'Nothing was uploaded under this id: send the file again', 'uploadId');
  const bytes = readFileSync(file);
  rmSync(file, { force: true });
  return bytes;
}

export function hasBlob(db: Db, sha256: string): boolean {
  return existsSync(blobPath(db, sha256));
}

/** Puts files the demo generator made in the evidence folder, each under its sha256 (checked), once. */
export function writeEvidenceFiles(db: Db, files: Iterable<{ sha256: string; bytes: Uint8Array }>): number {
  let written = 0;
  for (const file of files) {
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    if (sha256 !== file.sha256) throw new Error(`Evidence file ${file.sha256} hashes to ${sha256}`);
    if (storeVerifiedBlob(db, sha256, file.bytes)) written++;
  }
  return written;
}
