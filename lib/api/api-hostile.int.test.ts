import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getPrisma } from '../db/client';
import { hostileString } from '../testing/hostile-values';
import { testDatabaseUrl } from '../testing/test-database';
import { respondWithAnnouncement, respondWithAnnouncementList } from './handlers';
import type { ApiErrorBody } from './schema';

vi.mock('server-only', () => ({}));

// The API's parameters under hostile input, against the real database: every answer is a 200 or
// a 4xx that says what was wrong, never a 5xx.
beforeAll(() => {
  vi.stubEnv('SITE_URL', 'https://api.test');
  vi.stubEnv('DATABASE_URL', testDatabaseUrl());
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await getPrisma().$disconnect();
});

async function expectClientAnswer(response: Response): Promise<void> {
  expect(response.status).toBeLessThan(500);
  if (response.status >= 400) {
    const body = (await response.json()) as ApiErrorBody;
    expect(body.error.message.length).toBeGreaterThan(0);
  }
}

const parameterName = fc.oneof(fc.constantFrom('locale', 'page', 'pageSize'), fc.string({ maxLength: 6 }));

describe('the JSON API under hostile parameters', () => {
  it('answers any list query with 200 or a 4xx with a message', async () => {
    const query = fc.array(fc.tuple(parameterName, hostileString), { maxLength: 5 });
    await fc.assert(
      fc.asyncProperty(query, async (pairs) => {
        const params = new URLSearchParams();
        for (const [name, value] of pairs) params.append(name, value);
        await expectClientAnswer(await respondWithAnnouncementList(params));
      }),
      { numRuns: 120 },
    );
  });

  it('answers any announcement id with 200, 400 or 404', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(hostileString, fc.uuid()), async (id) => {
        await expectClientAnswer(await respondWithAnnouncement({ id }));
      }),
      { numRuns: 120 },
    );
  });
});
