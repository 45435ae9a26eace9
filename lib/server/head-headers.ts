import type { OutgoingHttpHeaders } from 'node:http';

/**
 * The headers given to `res.writeHead(status, [message,] headers)`, lower-cased. Those go straight
 * to the socket without entering `res.getHeaders()`, so a wrapper that needs the full set reads
 * them here. They come as an object or as a flat or paired array.
 */
export function headersOfWriteHead(args: readonly unknown[]): OutgoingHttpHeaders {
  const headers: OutgoingHttpHeaders = {};
  const given = args.find((arg, index) => index > 0 && typeof arg === 'object' && arg !== null);
  if (Array.isArray(given)) {
    const flat = given.flat() as string[];
    for (let i = 0; i + 1 < flat.length; i += 2) headers[String(flat[i]).toLowerCase()] = flat[i + 1];
  } else if (given) {
    for (const [name, value] of Object.entries(given)) headers[name.toLowerCase()] = value as OutgoingHttpHeaders[string];
  }
  return headers;
}
