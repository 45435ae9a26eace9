import { describe, expect, it } from 'vitest';
import { AUTOSAVE_DELAY_MS, autosaveDelay, canAutosave, isRetryable, type AutosaveInput } from './autosave-plan';

const ready: AutosaveInput = { allowed: true, dirty: true, busy: false, conflict: false, refused: false, failures: 0 };

describe('canAutosave', () => {
  it('saves drafts and texts in review on their own', () => {
    expect(canAutosave('DRAFT', true)).toBe(true);
    expect(canAutosave('IN_REVIEW', true)).toBe(true);
  });

  it('leaves published, scheduled and archived texts to the user', () => {
    expect(canAutosave('PUBLISHED', true)).toBe(false);
    expect(canAutosave('SCHEDULED', true)).toBe(false);
    expect(canAutosave('ARCHIVED', true)).toBe(false);
  });

  it('does not create a translation on its own', () => {
    expect(canAutosave(null, true)).toBe(false);
  });

  it('never saves for someone who may not edit', () => {
    expect(canAutosave('DRAFT', false)).toBe(false);
  });
});

describe('isRetryable', () => {
  it('tries again after a failed connection or database', () => {
    expect(isRetryable('saveFailed')).toBe(true);
  });

  it('does not send a refused text again', () => {
    for (const code of ['invalid', 'slugTaken', 'signedOut', 'forbidden', 'conflict', 'notFound'] as const) {
      expect(isRetryable(code)).toBe(false);
    }
  });
});

describe('autosaveDelay', () => {
  it('waits a few seconds after the last change', () => {
    expect(autosaveDelay(ready)).toBe(AUTOSAVE_DELAY_MS);
    expect(AUTOSAVE_DELAY_MS).toBeGreaterThanOrEqual(2_000);
    expect(AUTOSAVE_DELAY_MS).toBeLessThanOrEqual(10_000);
  });

  it('does nothing when the text is the saved one', () => {
    expect(autosaveDelay({ ...ready, dirty: false })).toBeNull();
  });

  it('does nothing for a text that does not save itself', () => {
    expect(autosaveDelay({ ...ready, allowed: false })).toBeNull();
  });

  it('waits for a save on its way', () => {
    expect(autosaveDelay({ ...ready, busy: true })).toBeNull();
  });

  it('stops while a conflict is open', () => {
    expect(autosaveDelay({ ...ready, conflict: true })).toBeNull();
    expect(autosaveDelay({ ...ready, conflict: true, failures: 2 })).toBeNull();
  });

  it('does not resend a refused text', () => {
    expect(autosaveDelay({ ...ready, refused: true })).toBeNull();
  });

  it('backs off after failures, up to a minute', () => {
    expect(autosaveDelay({ ...ready, failures: 1 })).toBe(AUTOSAVE_DELAY_MS * 2);
    expect(autosaveDelay({ ...ready, failures: 2 })).toBe(AUTOSAVE_DELAY_MS * 4);
    expect(autosaveDelay({ ...ready, failures: 30 })).toBe(60_000);
  });
});
