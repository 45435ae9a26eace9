import { describe, expect, it } from 'vitest';
import { readSessionClaims, tokenClaims } from './session-claims';

describe('readSessionClaims', () => {
  it('reads the user id and session version the session callback returns', () => {
    expect(readSessionClaims({ user: { id: 'u1' }, sessionVersion: 3, expires: 'x' })).toEqual({
      userId: 'u1',
      sessionVersion: 3,
    });
  });

  it.each([
    ['no session', null],
    ['no user', { sessionVersion: 1 }],
    ['an empty id', { user: { id: '' }, sessionVersion: 1 }],
    ['no version (a session from before versions)', { user: { id: 'u1' } }],
    ['a version that is not a whole number', { user: { id: 'u1' }, sessionVersion: 1.5 }],
  ])('is null for %s', (_, session) => {
    expect(readSessionClaims(session)).toBeNull();
  });
});

describe('tokenClaims', () => {
  it('reads sub and sessionVersion, or nothing', () => {
    expect(tokenClaims({ sub: 'u1', sessionVersion: 2, iat: 1 })).toEqual({ userId: 'u1', sessionVersion: 2 });
    expect(tokenClaims({ sub: 'u1', email: 'a@b.c' })).toBeNull();
  });
});
