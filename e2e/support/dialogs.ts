import type { Page } from '@playwright/test';

/**
 * The next dialog the page opens (its type, and its message: a beforeunload dialog has none of its
 * own), answered with `answer`. Call it before the action that opens the dialog.
 */
export function answerNextDialog(page: Page, answer: 'accept' | 'dismiss'): Promise<{ type: string; message: string }> {
  return new Promise((resolve) => {
    page.once('dialog', (dialog) => {
      resolve({ type: dialog.type(), message: dialog.message() });
      void (answer === 'accept' ? dialog.accept() : dialog.dismiss());
    });
  });
}
