import { describe, expect, it } from 'vitest';
import { leavesNoActiveAdmin } from './admin-rule';

const activeAdmin = { role: 'ADMIN', disabled: false } as const;

describe('leavesNoActiveAdmin', () => {
  it('refuses to demote or disable the last active admin', () => {
    expect(leavesNoActiveAdmin(activeAdmin, { role: 'EDITOR', disabled: false }, 0)).toBe(true);
    expect(leavesNoActiveAdmin(activeAdmin, { role: 'ADMIN', disabled: true }, 0)).toBe(true);
  });

  it('allows it while another admin is active', () => {
    expect(leavesNoActiveAdmin(activeAdmin, { role: 'EDITOR', disabled: false }, 1)).toBe(false);
    expect(leavesNoActiveAdmin(activeAdmin, { role: 'ADMIN', disabled: true }, 2)).toBe(false);
  });

  it('allows changes that keep the admin active, and changes to anyone else', () => {
    expect(leavesNoActiveAdmin(activeAdmin, activeAdmin, 0)).toBe(false);
    expect(leavesNoActiveAdmin({ role: 'EDITOR', disabled: false }, { role: 'EDITOR', disabled: true }, 0)).toBe(false);
    expect(leavesNoActiveAdmin({ role: 'ADMIN', disabled: true }, { role: 'EDITOR', disabled: true }, 0)).toBe(false);
  });
});
