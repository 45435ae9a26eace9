import type { OutgoingHttpHeaders } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

/** The body as text, undoing the Content-Encoding Next compressed it with; null if it cannot be read. */
export function decodedBody(body: Buffer, headers: OutgoingHttpHeaders): string | null {
  const encoding = String(headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') return gunzipSync(body).toString('utf8');
    if (encoding === 'br') return brotliDecompressSync(body).toString('utf8');
    if (encoding === 'deflate') return inflateSync(body).toString('utf8');
    return encoding === 'identity' ? body.toString('utf8') : null;
  } catch {
    return null;
  }
}
