import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { withRequestLog } from './request-log';

const lines: Record<string, unknown>[] = [];
const log = pino({ level: 'info' }, { write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) });
const seenIds: (string | undefined)[] = [];
let server: Server;
let origin = '';

beforeAll(async () => {
  server = createServer(
    withRequestLog((req, res) => {
      seenIds.push(req.headers['x-request-id'] as string | undefined);
      res.statusCode = req.url?.startsWith('/missing') ? 404 : 200;
      res.setHeader('x-forum-cache', 'miss');
      res.end('ok');
    }, log),
  );
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  lines.length = 0;
  seenIds.length = 0;
});

const logged = async () => {
  await expect.poll(() => lines.length).toBe(1);
  return lines[0] ?? {};
};

describe('withRequestLog', () => {
  it('gives each request an id, hands it to the app, returns it and logs one JSON line with it', async () => {
    const response = await fetch(`${origin}/missing?q=1`);
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seenIds).toEqual([id]);
    expect(await logged()).toMatchObject({ reqId: id, method: 'GET', url: '/missing?q=1', status: 404, cache: 'miss', msg: 'request' });
  });

  it('keeps the id a proxy in front gave, and replaces one that is not a plain token', async () => {
    const kept = await fetch(origin, { headers: { 'x-request-id': 'proxy-1234abcd' } });
    expect(kept.headers.get('x-request-id')).toBe('proxy-1234abcd');
    await logged();
    lines.length = 0;
    const replaced = await fetch(origin, { headers: { 'x-request-id': 'a b"}\\n{"evil":1' } });
    expect(replaced.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect((await logged()).evil).toBeUndefined();
  });
});
