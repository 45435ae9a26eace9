import { expect, test } from '@playwright/test';
import { uniqueTag } from './support/db-rows';
import { chairStatement } from './support/demo';
import { fill, messagesOf } from './support/messages';
import { editor, openEditor } from './support/translation-editor';

// Scheduling a translation from the editor, where the wall-clock time typed is the browser's own.

test.describe('in a time zone behind UTC', () => {
  // A wall-clock time read as UTC would be hours in the past there, and refused.
  test.use({ timezoneId: 'America/New_York' });

  test('ar: scheduling refuses a time in the past and accepts one a minute or two ahead', async ({ page }) => {
    const tag = uniqueTag();
    const e = editor(page, 'ar');
    const states = messagesOf('ar').EditorStates;
    await openEditor(page, 'ar', chairStatement.translation('zh').slug, 'en');
    await e.title.fill(`Chair's statement ${tag}`);
    await e.body.fill(`Statement ${tag}.`);
    await e.save.click();
    await expect(e.success).toHaveText(fill(e.m.savedAsRevision, { number: '1' }));

    const publishAt = page.getByLabel(e.m.publishAt);
    await expect(page.locator('#publishAt-zone')).toHaveText(fill(e.m.timeZone, { zone: 'America/New_York' }));
    await publishAt.fill('2020-01-01T10:00');
    await page.getByRole('button', { name: e.m.schedule, exact: true }).click();
    await expect(page.locator('#publishAt-error')).toHaveText(e.errors.notInFuture);
    await expect(publishAt).toHaveValue('2020-01-01T10:00');

    const ahead = await page.evaluate(() => {
      const at = new Date(Date.now() + 2 * 60_000);
      const two = (n: number) => String(n).padStart(2, '0');
      return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}:${two(at.getMinutes())}`;
    });
    await publishAt.fill(ahead);
    await page.getByRole('button', { name: e.m.schedule, exact: true }).click();
    await expect(e.success).toHaveText(e.m.doneSchedule);
    await expect(page.locator('.translation-status')).toContainText(fill(e.m.status, { status: states.scheduled }));

    // Leave the demo as it was: the scheduled text would otherwise go live during the run.
    await page.getByRole('button', { name: e.m.unpublish, exact: true }).click();
    await expect(e.success).toHaveText(e.m.doneUnpublish);
  });
});
