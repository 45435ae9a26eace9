import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';

export type CapturedResponse = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

type Chunk = string | Uint8Array;

function toBuffer(chunk: unknown, encoding: unknown): Buffer | null {
  if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
  if (chunk instanceof Uint8Array) return Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  return null;
}

/**
 * Records what Next writes to `res` (after its compression, which wraps these same methods later),
 * while it goes to the client unchanged. `result()` gives the response once it has ended, or null
 * when it is larger than `maxBytes` or was not ended normally.
 */
export function captureResponse(res: ServerResponse, maxBytes: number): { result(): CapturedResponse | null } {
  const chunks: Buffer[] = [];
  let size = 0;
  let tooLarge = false;
  let ended = false;
  const headHeaders: OutgoingHttpHeaders = {};

  const record = (chunk: unknown, encoding: unknown): void => {
    if (tooLarge || chunk === undefined || chunk === null || typeof chunk === 'function') return;
    const buffer = toBuffer(chunk, encoding);
    if (buffer === null) return;
    size += buffer.length;
    if (size > maxBytes) {
      tooLarge = true;
      chunks.length = 0;
    } else {
      // Copied: the writer may reuse its buffer once write() returns.
      chunks.push(Buffer.from(buffer));
    }
  };

  const write = res.write;
  const end = res.end;
  const writeHead = res.writeHead;
  res.write = function (this: ServerResponse, chunk: Chunk, ...rest: unknown[]) {
    record(chunk, rest[0]);
    return Reflect.apply(write, this, [chunk, ...rest]) as boolean;
  } as typeof res.write;
  res.end = function (this: ServerResponse, ...args: unknown[]) {
    record(args[0], args[1]);
    ended = true;
    return Reflect.apply(end, this, args) as ServerResponse;
  } as typeof res.end;
  // Headers passed to writeHead go straight to the socket without entering getHeaders().
  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    const headers = args.find((arg, index) => index > 0 && typeof arg === 'object' && arg !== null);
    if (Array.isArray(headers)) {
      const flat = headers.flat() as string[];
      for (let i = 0; i + 1 < flat.length; i += 2) headHeaders[String(flat[i]).toLowerCase()] = flat[i + 1];
    } else if (headers) {
      for (const [name, value] of Object.entries(headers)) headHeaders[name.toLowerCase()] = value as OutgoingHttpHeaders[string];
    }
    return Reflect.apply(writeHead, this, args) as ServerResponse;
  } as typeof res.writeHead;

  return {
    result() {
      if (!ended || tooLarge) return null;
      return { status: res.statusCode, headers: { ...res.getHeaders(), ...headHeaders }, body: Buffer.concat(chunks, size) };
    },
  };
}
