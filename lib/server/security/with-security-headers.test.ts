import { createHash } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withSecurityHeaders } from './with-security-headers';

// The wrapper over real HTTP, in front of stand-ins that answer as Next does: a prerendered page
// in one piece, a page written in chunks after compression (which calls writeHead before each
// chunk), an editor page that brings its own policy, a 304 and JSON.
const script = 'self.__next_f.push([1,"a"])';
const sha = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = `<!DOCTYPE html><html><head><script src="/_next/a.js" async=""></script></head><body><script>${script}</script></body></html>`;

const askedEncodings: (string | undefined)[] = [];

function standIn(req: IncomingMessage, res: ServerResponse): void {
  if (req.url === '/en/announcements/a-report') {
    askedEncodings.push(req.headers['accept-encoding']);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-length', String(Buffer.byteLength(page.repeat(20))));
    res.end(page.repeat(20));
  } else if (req.url === '/page') {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(page);
  } else if (req.url === '/compressed') {
    const zipped = gzipSync(page);
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('content-encoding', 'gzip');
    res.writeHead(200);
    res.write(zipped.subarray(0, 10));
    res.writeHead(200);
    res.write(zipped.subarray(10));
    res.end();
  } else if (req.url === '/editor') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "script-src 'nonce-n'" });
    res.end('<script nonce="n">x()</script>');
  } else if (req.url === '/en/not-modified') {
    res.writeHead(304, { etag: '"a"' });
    res.end();
  } else {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"ok":true}');
  }
}

let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer(withSecurityHeaders(standIn, { https: false }));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('withSecurityHeaders', () => {
  it.each(['/page', '/compressed'])('%s: the policy allows exactly the page’s inline scripts, and the page arrives whole', async (path) => {
    const response = await fetch(`${origin}${path}`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toContain(`script-src 'self' ${sha(script)};`);
    expect(policy).not.toContain('unsafe-inline');
    expect(await response.text()).toBe(page);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('strict-transport-security')).toBeNull();
  });

  it('keeps the policy a page brings (the editor’s nonce)', async () => {
    const response = await fetch(`${origin}/editor`);
    expect(response.headers.get('content-security-policy')).toBe("script-src 'nonce-n'");
    expect(await response.text()).toBe('<script nonce="n">x()</script>');
  });

  it('gives anything that is not a page a policy that allows nothing', async () => {
    const response = await fetch(`${origin}/api`);
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; frame-ancestors 'none'");
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(await response.json()).toEqual({ ok: true });
  });

  it('leaves the policy of a page the browser revalidates as it was: a 304 carries none', async () => {
    const response = await fetch(`${origin}/en/not-modified`, { headers: { 'if-none-match': '"a"' } });
    expect(response.status).toBe(304);
    expect(response.headers.get('content-security-policy')).toBeNull();
    expect(response.headers.get('etag')).toBe('"a"');
  });

  it('asks Next for a public page uncompressed and compresses the finished page for a client that takes gzip', async () => {
    askedEncodings.length = 0;
    const zipped = await fetch(`${origin}/en/announcements/a-report`, { headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    expect(zipped.headers.get('vary')).toContain('Accept-Encoding');
    expect(zipped.headers.get('content-security-policy')).toContain(sha(script));
    expect(await zipped.text()).toBe(page.repeat(20));
    const plain = await fetch(`${origin}/en/announcements/a-report`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(page.repeat(20));
    expect(askedEncodings).toEqual([undefined, undefined]);
  });
});
