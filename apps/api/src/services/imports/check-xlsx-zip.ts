import { createInflateRaw } from 'node:zlib';
import { ErrorCode, KaopingError } from '@kaoping/contracts';
import { checkTableSize, UPLOAD_LIMITS, uploadTooLarge } from './upload-limits.ts';

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Bytes of a sheet read for its `<dimension>`, which comes first. */
const HEAD = 4096;

interface ZipEntry {
  name: string;
  method: number;
  compressed: number;
  uncompressed: number;
  local: number;
}

function unreadable(file: string): KaopingError {
  return new KaopingError(ErrorCode.DATA_INVALID, `无法读取文件「${file}」（文件损坏或不是 Excel 2007+ 格式）`, [{ file, message: '不是有效的 XLSX 文件' }]);
}

/** The central directory of a zip, read by hand from its end record (no ZIP64: an XLSX this large is refused anyway). */
function centralDirectory(zip: Buffer, file: string): ZipEntry[] {
  let end = -1;
  for (let k = zip.length - 22; k >= Math.max(0, zip.length - 22 - 0xffff); k -= 1) {
    if (zip.readUInt32LE(k) === EOCD) {
      end = k;
      break;
    }
  }
  if (end < 0) throw unreadable(file);
  const count = zip.readUInt16LE(end + 10);
  const offset = zip.readUInt32LE(end + 16);
  if (count === 0xffff || offset === 0xffffffff) throw uploadTooLarge(file, '是 ZIP64 格式（内容过大）');
  if (count > UPLOAD_LIMITS.zipEntries) throw uploadTooLarge(file, `内含 ${count} 个文件（最多 ${UPLOAD_LIMITS.zipEntries} 个）`);
  const entries: ZipEntry[] = [];
  let at = offset;
  for (let k = 0; k < count; k += 1) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) throw unreadable(file);
    const nameLength = zip.readUInt16LE(at + 28);
    entries.push({
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      uncompressed: zip.readUInt32LE(at + 24),
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      local: zip.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * How many bytes an entry inflates to, and its first bytes, counted as a stream and stopped at
 * `cap`: a size the directory understates still cannot pass the cap, and nothing large is held.
 */
async function inflateEntry(zip: Buffer, entry: ZipEntry, cap: number, file: string): Promise<{ size: number; head: string }> {
  if (entry.local + 30 > zip.length || zip.readUInt32LE(entry.local) !== LOCAL) throw unreadable(file);
  const start = entry.local + 30 + zip.readUInt16LE(entry.local + 26) + zip.readUInt16LE(entry.local + 28);
  const data = zip.subarray(start, start + entry.compressed);
  if (entry.method === 0) return { size: data.length, head: data.toString('latin1', 0, HEAD) };
  if (entry.method !== 8) throw unreadable(file);
  const inflate = createInflateRaw();
  let size = 0;
  let head = '';
  inflate.end(data);
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      if (head.length < HEAD) head += chunk.toString('latin1', 0, HEAD - head.length);
      size += chunk.length;
      if (size > cap) {
        inflate.destroy();
        throw uploadTooLarge(file, `解压后超过 ${UPLOAD_LIMITS.uncompressedBytes / 1024 / 1024} MB`);
      }
    }
  } catch (e) {
    if (e instanceof KaopingError) throw e;
    throw unreadable(file);
  }
  return { size, head };
}

const COLUMN = /^([A-Z]{1,3})(\d+)$/;

/** Rows and columns of a cell reference such as XFD1048576. */
function cellSize(ref: string): [number, number] | null {
  const m = COLUMN.exec(ref);
  if (m === null) return null;
  const col = [...(m[1] as string)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

/**
 * Refuses an XLSX before it is parsed: too many files, more bytes once inflated than the limit
 * (the directory's sizes, then the real inflated bytes, so a zip bomb stops at the cap), or a sheet
 * whose declared range (`<dimension ref="A1:XFD1048576">`) passes the row or column limit.
 */
export async function checkXlsxZip(zip: Buffer, file: string): Promise<void> {
  const entries = centralDirectory(zip, file);
  const declared = entries.reduce((n, e) => n + e.uncompressed, 0);
  if (declared > UPLOAD_LIMITS.uncompressedBytes)
    throw uploadTooLarge(file, `解压后有 ${Math.ceil(declared / 1024 / 1024)} MB（最多 ${UPLOAD_LIMITS.uncompressedBytes / 1024 / 1024} MB）`);
  let budget = UPLOAD_LIMITS.uncompressedBytes;
  for (const entry of entries) {
    if (entry.name.endsWith('/')) continue;
    const { size: inflated, head } = await inflateEntry(zip, entry, budget, file);
    budget -= inflated;
    const sheet = /^xl\/worksheets\/sheet(\d+)\.xml$/.exec(entry.name);
    if (sheet === null) continue;
    const ref = /<dimension\s+ref="([A-Z0-9:]+)"/.exec(head)?.[1];
    const size = ref === undefined ? null : cellSize(ref.split(':').at(-1) ?? '');
    if (size !== null) checkTableSize(file, size[0], size[1], `的第 ${sheet[1]} 个工作表（范围 ${ref}）`);
  }
}
