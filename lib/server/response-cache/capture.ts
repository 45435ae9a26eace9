import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { toBuffer } from '../chunk-buffer';
import { headersOfWriteHead } from '../head-headers';

export type CapturedResponse = { status: number; headers: OutgoingHttpHeaders; body: Buffer };

type Chunk = string | Uint8Array;

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
    Object.assign(headHeaders, headersOfWriteHead(args));
    return Reflect.apply(writeHead, this, args) as ServerResponse;
  } as typeof res.writeHead;

  return {
    result() {
      if (!ended || tooLarge) return null;
      return { status: res.statusCode, headers: { ...res.getHeaders(), ...headHeaders }, body: Buffer.concat(chunks, size) };
    },
  };
}
