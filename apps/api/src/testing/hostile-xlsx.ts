import { constants, crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

/** One file of a zip: its bytes deflated, and the size the directory will claim. */
export interface ZipFile {
  name: string;
  deflated: Buffer;
  size: number;
  crc: number;
}

const zipFile = (name: string, text: string): ZipFile => {
  const data = Buffer.from(text);
  return { name, deflated: deflateRawSync(data), size: data.length, crc: crc32(data) };
};

/** `bytes` zero bytes deflated in chunks, so the test itself never holds them: a zip bomb's payload. */
export async function zeroBomb(name: string, bytes: number): Promise<ZipFile> {
  const deflate = createDeflateRaw({ level: constants.Z_BEST_COMPRESSION });
  const out: Buffer[] = [];
  deflate.on('data', (c: Buffer) => out.push(c));
  const done = new Promise((resolve) => deflate.on('end', resolve));
  const chunk = Buffer.alloc(1024 * 1024);
  let crc = 0;
  for (let left = bytes; left > 0; left -= chunk.length) {
    const part = left >= chunk.length ? chunk : chunk.subarray(0, left);
    crc = crc32(part, crc);
    if (!deflate.write(part)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { name, deflated: Buffer.concat(out), size: bytes, crc };
}

/** A zip of the files; `claim` overrides the uncompressed size the headers state (a lying zip). */
export function zip(files: readonly ZipFile[], claim?: (f: ZipFile) => number): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const f of files) {
    const name = Buffer.from(f.name);
    const size = claim?.(f) ?? f.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(f.crc >>> 0, 14);
    local.writeUInt32LE(f.deflated.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(f.crc >>> 0, 16);
    central.writeUInt32LE(f.deflated.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, f.deflated);
    centrals.push(central, name);
    offset += 30 + name.length + f.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** The files of a one-sheet workbook (inline strings, no shared strings) with the given sheet XML. */
export function workbookFiles(sheetXml: string): ZipFile[] {
  return [
    zipFile(
      '[Content_Types].xml',
      `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
    ),
    zipFile(
      '_rels/.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    ),
    zipFile(
      'xl/workbook.xml',
      `<?xml version="1.0"?><workbook xmlns="${NS}" xmlns:r="${REL}"><sheets><sheet name="数据" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    ),
    zipFile(
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    ),
    zipFile('xl/worksheets/sheet1.xml', `<?xml version="1.0"?><worksheet xmlns="${NS}">${sheetXml}</worksheet>`),
  ];
}

/** A sheet with one inline-string cell at each reference (e.g. A1 and XFD1048576), and an optional `<dimension>`. */
export function sheetXml(refs: readonly string[], dimension?: string): string {
  const rows = new Map<number, string[]>();
  for (const ref of refs) {
    const row = Number(/\d+$/.exec(ref)?.[0]);
    rows.set(row, [...(rows.get(row) ?? []), `<c r="${ref}" t="inlineStr"><is><t>x</t></is></c>`]);
  }
  const data = [...rows].map(([r, cells]) => `<row r="${r}">${cells.join('')}</row>`).join('');
  return `${dimension === undefined ? '' : `<dimension ref="${dimension}"/>`}<sheetData>${data}</sheetData>`;
}
