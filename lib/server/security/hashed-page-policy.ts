import type { OutgoingHttpHeaders, ServerResponse } from 'node:http';
import { NON_PAGE_CONTENT_SECURITY_POLICY, pageContentSecurityPolicy } from '../../security/content-security-policy';
import { inlineScriptHashes } from '../../security/inline-script-hashes';
import { toBuffer } from '../chunk-buffer';
import { headersOfWriteHead } from '../head-headers';
import { decodedBody } from './decoded-body';
import { finishedPage } from './finished-page';

const CSP = 'content-security-policy';
const isHtml = (contentType: OutgoingHttpHeaders[string]) => /^\s*text\/html\b/i.test(String(contentType ?? ''));

/**
 * Gives a response the Content-Security-Policy it lacks. Editor pages bring their own (a nonce, set
 * by proxy.ts). Other HTML pages are prerendered and shared, so no per-request nonce can be in them:
 * such a page is held until it ends, and its policy allows exactly the inline scripts it contains,
 * by SHA-256. Anything else but a 304 gets a policy that allows nothing. Next's prerendered pages arrive in one
 * piece anyway, so holding them delays nothing; the response cache then keeps page and policy together.
 */
export function addContentSecurityPolicy(res: ServerResponse, options: { gzip: boolean } = { gzip: false }): void {
  const { writeHead, write, end } = res;
  let mode: 'undecided' | 'hold' | 'pass' = 'undecided';
  let heldHead: unknown[] | null = null;
  const chunks: Buffer[] = [];

  const decide = (headArgs: readonly unknown[]): 'hold' | 'pass' => {
    const headers = { ...res.getHeaders(), ...headersOfWriteHead(headArgs) };
    if (headers[CSP] !== undefined) return 'pass';
    // A 304's headers replace those of the page the browser kept (RFC 9111, 4.3.4): a policy that
    // allows nothing here would leave a revisited page without its scripts, styles and images.
    const status = typeof headArgs[0] === 'number' ? headArgs[0] : res.statusCode;
    if (status === 304) return 'pass';
    if (isHtml(headers['content-type'])) return 'hold';
    res.setHeader(CSP, NON_PAGE_CONTENT_SECURITY_POLICY);
    return 'pass';
  };
  const hold = (chunk: unknown, encoding: unknown) => {
    const buffer = toBuffer(chunk, encoding);
    // Copied: the writer may reuse its buffer once write() returns.
    if (buffer !== null) chunks.push(Buffer.from(buffer));
  };
  const callbackIn = (args: unknown[]) => args.find((arg): arg is () => void => typeof arg === 'function');

  res.writeHead = function (this: ServerResponse, ...args: unknown[]) {
    if (mode === 'undecided') mode = decide(args);
    if (mode === 'pass') return Reflect.apply(writeHead, this, args) as ServerResponse;
    // Compression calls writeHead again before each chunk while no header has gone out: the first
    // call is the real one.
    if (heldHead === null) {
      heldHead = args;
      if (typeof args[0] === 'number') this.statusCode = args[0];
    }
    return this;
  } as typeof res.writeHead;

  res.write = function (this: ServerResponse, ...args: unknown[]) {
    if (mode === 'undecided') mode = decide([]);
    if (mode === 'pass') return Reflect.apply(write, this, args) as boolean;
    hold(args[0], args[1]);
    const callback = callbackIn(args);
    if (callback) process.nextTick(callback);
    return true;
  } as typeof res.write;

  res.end = function (this: ServerResponse, ...args: unknown[]) {
    if (mode === 'undecided') mode = decide([]);
    if (mode === 'pass') return Reflect.apply(end, this, args) as ServerResponse;
    if (typeof args[0] !== 'function') hold(args[0], args[1]);
    // The held head's headers become ordinary ones, so that what is set below takes precedence.
    for (const [name, value] of Object.entries(headersOfWriteHead(heldHead ?? []))) if (value !== undefined) this.setHeader(name, value);
    const received = Buffer.concat(chunks);
    const html = decodedBody(received, this.getHeaders());
    this.setHeader(CSP, pageContentSecurityPolicy({ hashes: html === null ? [] : inlineScriptHashes(html) }));
    const body = finishedPage(this, received, options);
    // From here on everything goes out as it is (Node's end calls writeHead itself when not yet done).
    mode = 'pass';
    Reflect.apply(writeHead, this, [this.statusCode]);
    const callback = callbackIn(args);
    return Reflect.apply(end, this, callback ? [body, callback] : [body]) as ServerResponse;
  } as typeof res.end;
}
