import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip, createGzip } from 'node:zlib';
import { extract, pack } from 'tar-stream';

/** Entry names as PGlite writes them (`/PG_VERSION`), without the leading slash. */
function bare(name: string): string {
  return name.replace(/^\.?\/+/, '');
}

/**
 * Copies a gzipped tarball, leaving out the entries `drop` says no to, and lists the names it kept.
 * Streams entry by entry, so a large database is not held twice in memory.
 */
export async function filterTarball(gzipped: Buffer, drop: (name: string) => boolean): Promise<{ tarball: Buffer; names: string[] }> {
  const names: string[] = [];
  const out = pack();
  const reader = extract();
  reader.on('entry', (header, stream, next) => {
    const name = bare(header.name);
    if (drop(name)) {
      stream.on('end', next);
      stream.resume();
      return;
    }
    names.push(name);
    stream.pipe(out.entry(header, next));
  });
  reader.on('finish', () => out.finalize());
  const chunks: Buffer[] = [];
  const collected = pipeline(out, createGzip(), async (source: AsyncIterable<Buffer>) => {
    for await (const chunk of source) chunks.push(chunk);
  });
  await pipeline(Readable.from([gzipped]), createGunzip(), reader);
  await collected;
  return { tarball: Buffer.concat(chunks), names };
}
