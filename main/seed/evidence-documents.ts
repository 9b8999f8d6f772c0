// Small evidence files for the demo data: a one-page PDF naming what it proves, and a PNG "scan". Made byte by byte
// (no Node, no libraries), so the same seed always gives the same files and the same sha256.

const ascii = (text: string) => text.replace(/[^\x20-\x7e]/g, '?').replace(/([()\\])/g, '\\$1');

function bytesOf(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);
}

/** A one-page PDF with a title and lines of Helvetica text. */
export function evidencePdf(title: string, lines: readonly string[]): Uint8Array {
  const text = [`BT /F1 16 Tf 72 770 Td (${ascii(title)}) Tj ET`, ...lines.map((line, i) => `BT /F1 11 Tf 72 ${740 - i * 18} Td (${ascii(line)}) Tj ET`)].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return bytesOf(body);
}

const CRC_TABLE = Uint32Array.from({ length: 256 }, (_v, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function u32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function chunk(type: string, data: Uint8Array): number[] {
  const typed = Uint8Array.from([...bytesOf(type), ...data]);
  return [...u32(data.length), ...typed, ...u32(crc32(typed))];
}

/** zlib with stored (uncompressed) blocks: valid for any reader, and tiny images stay small anyway. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const out: number[] = [0x78, 0x01];
  for (let at = 0; at < raw.length || at === 0; at += 65535) {
    const block = raw.subarray(at, at + 65535);
    const last = at + 65535 >= raw.length ? 1 : 0;
    out.push(last, block.length & 0xff, block.length >> 8, ~block.length & 0xff, (~block.length >> 8) & 0xff, ...block);
    if (last) break;
  }
  let a = 1;
  let b = 0;
  for (const byte of raw) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  out.push(...u32(((b << 16) | a) >>> 0));
  return Uint8Array.from(out);
}

/** A small RGB PNG: a page-like pale sheet with darker text bars, tinted by `tint`. */
export function evidencePng(tint: number, width = 48, height = 64): Uint8Array {
  const raw = new Uint8Array(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    raw[row] = 0;
    const bar = y % 6 < 2 && y > 6 && y < height - 6;
    for (let x = 0; x < width; x++) {
      const ink = bar && x > 5 && x < width - 5 - ((y * 7 + tint) % 13);
      const base = ink ? 60 : 235;
      raw[row + 1 + x * 3] = (base + tint * 3) & 0xff;
      raw[row + 2 + x * 3] = base;
      raw[row + 3 + x * 3] = (base + tint) & 0xff;
    }
  }
  const header = Uint8Array.from([...u32(width), ...u32(height), 8, 2, 0, 0, 0]);
  return Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...chunk('IHDR', header), ...chunk('IDAT', zlibStored(raw)), ...chunk('IEND', new Uint8Array())]);
}
