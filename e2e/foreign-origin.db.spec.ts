import { expect, test } from '@playwright/test';
import { uniqueTag, withDatabase } from './support/db-rows';
import { chairStatement } from './support/demo';
import { editor, openEditor } from './support/translation-editor';
import { fill } from './support/messages';

// Cross-site request forgery: a real save, as the browser sent it, sent again with another site's
// Origin (what a hostile page's form or fetch would carry, the session cookie included) is refused
// before it reaches the action, and nothing is saved.
async function revisionCount(tag: string): Promise<number> {
  return withDatabase(async (client) => {
    const { rows } = await client.query<{ count: string }>('SELECT count(*) FROM revisions WHERE body LIKE $1', [`%${tag}%`]);
    return Number(rows[0]?.count ?? 0);
  });
}

test('a server action sent from another site is refused with 403 and saves nothing', async ({ page, baseURL }) => {
  const tag = uniqueTag();
  const e = editor(page, 'en');
  await openEditor(page, 'en', chairStatement.translation('zh').slug, 'de');
  await e.title.fill(`Erklärung ${tag}`);
  await e.body.fill(`Text ${tag}`);
  const sent = page.waitForRequest((request) => request.method() === 'POST' && request.headers()['next-action'] !== undefined);
  await e.save.click();
  await expect(e.success).toHaveText(fill(e.m.savedAsRevision, { number: '1' }));
  const action = await sent;
  expect(await revisionCount(tag)).toBe(1);

  // The headers the browser sent (cookie, action id, router state), less those of the connection.
  const sentHeaders = Object.fromEntries(
    Object.entries(await action.allHeaders()).filter(([name]) => !['host', 'content-length', 'connection'].includes(name)),
  );
  const replay = (origin: string) =>
    page.request.post(action.url(), {
      headers: { ...sentHeaders, origin },
      data: action.postDataBuffer() ?? undefined,
      maxRedirects: 0,
    });
  const forged = await replay('https://evil.example');
  expect(forged.status()).toBe(403);
  expect(await forged.text()).toContain('another site');
  expect(await revisionCount(tag)).toBe(1);

  // The same request from the site itself reaches the action, which refuses the stale version.
  const own = await replay(new URL(baseURL ?? '').origin);
  expect(own.status()).toBe(200);
  expect(await revisionCount(tag)).toBe(1);
});
