// exceljs stamps every entry of the .xlsx archive with the time it was written. Setting all of them (local
// headers and central directory alike) to one date makes the same workbook the same bytes.

const CENTRAL_END = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_ENTRY = 0x04034b50;

/** The MS-DOS time and date fields of a ZIP entry, from the UTC fields of a date (1980 to 2107). */
function dosDateTime(date: Date): { time: number; day: number } {
  return {
    time: (date.getUTCHours() << 11) | (date.getUTCMinutes() << 5) | (date.getUTCSeconds() >> 1),
    day: ((date.getUTCFullYear() - 1980) << 9) | ((date.getUTCMonth() + 1) << 5) | date.getUTCDate(),
  };
}

export function setZipDates(zip: Uint8Array, date: Date): Buffer {
  const out = Buffer.from(zip);
  let end = -1;
  for (let at = out.length - 22; at >= 0 && end < 0; at--) if (out.readUInt32LE(at) === CENTRAL_END) end = at;
  if (end < 0) throw new Error('Not a ZIP archive: no end of central directory');
  const { time, day } = dosDateTime(date);
  const entries = out.readUInt16LE(end + 10);
  let at = out.readUInt32LE(end + 16);
  for (let i = 0; i < entries; i++) {
    if (out.readUInt32LE(at) !== CENTRAL_ENTRY) throw new Error(`ZIP central directory entry ${i} is damaged`);
    out.writeUInt16LE(time, at + 12);
    out.writeUInt16LE(day, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL_ENTRY) throw new Error(`ZIP local header of entry ${i} is damaged`);
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(day, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
