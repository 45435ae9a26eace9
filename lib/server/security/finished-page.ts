import type { ServerResponse } from 'node:http';
import { constants, gzipSync } from 'node:zlib';

// Below this a compressed page saves too little to pay for the work (Next's own threshold).
const GZIP_THRESHOLD_BYTES = 1024;

function addVary(res: ServerResponse, name: string): void {
  const vary = String(res.getHeader('vary') ?? '');
  if (vary.split(',').some((entry) => entry.trim().toLowerCase() === name.toLowerCase())) return;
  res.setHeader('vary', vary ? `${vary}, ${name}` : name);
}

/**
 * The bytes of a held page as they go out: compressed here, in one piece, when the client takes
 * gzip (the page was asked of Next uncompressed, see with-security-headers.ts). Next compresses as it
 * streams, chunk by chunk, which on a two-core machine cost 5 ms of a 20 ms search page; a finished
 * page compresses at a fast level in well under a millisecond.
 */
export function finishedPage(res: ServerResponse, body: Buffer, options: { gzip: boolean }): Buffer {
  if (!options.gzip) return body;
  addVary(res, 'Accept-Encoding');
  if (res.getHeader('content-encoding') !== undefined || body.length < GZIP_THRESHOLD_BYTES) return body;
  const compressed = gzipSync(body, { level: 4, strategy: constants.Z_DEFAULT_STRATEGY });
  res.setHeader('content-encoding', 'gzip');
  res.setHeader('content-length', String(compressed.length));
  return compressed;
}
