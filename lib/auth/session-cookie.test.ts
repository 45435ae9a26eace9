import { describe, expect, it } from 'vitest';
import { sessionCookie } from './session-cookie';

describe('sessionCookie', () => {
  it('is httpOnly and SameSite=Lax, not Secure over plain http', () => {
    for (const siteUrl of [undefined, 'http://localhost:3000']) {
      const cookie = sessionCookie(siteUrl);
      expect(cookie.secure).toBe(false);
      expect(cookie.sessionToken.name).toBe('authjs.session-token');
      expect(cookie.sessionToken.options).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: false });
    }
  });

  it('is Secure, with the __Secure- prefix, when the site is served over https', () => {
    const cookie = sessionCookie('https://forum.example.org');
    expect(cookie.secure).toBe(true);
    expect(cookie.sessionToken.name).toBe('__Secure-authjs.session-token');
    expect(cookie.sessionToken.options).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: true });
  });
});
