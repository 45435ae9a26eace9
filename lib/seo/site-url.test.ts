import { afterEach, describe, expect, it, vi } from 'vitest';
import { absoluteUrl, siteOrigin } from './site-url';

afterEach(() => vi.unstubAllEnvs());

describe('siteOrigin', () => {
  it('is SITE_URL without its trailing slash', () => {
    vi.stubEnv('SITE_URL', 'https://forum.example.org/');
    expect(siteOrigin()).toBe('https://forum.example.org');
    expect(absoluteUrl('/en')).toBe('https://forum.example.org/en');
  });

  it('follows a changed SITE_URL or PORT', () => {
    vi.stubEnv('SITE_URL', 'https://one.example.org');
    expect(siteOrigin()).toBe('https://one.example.org');
    vi.stubEnv('SITE_URL', 'https://two.example.org');
    expect(siteOrigin()).toBe('https://two.example.org');
    vi.stubEnv('SITE_URL', '');
    vi.stubEnv('PORT', '4123');
    expect(siteOrigin()).toBe('http://localhost:4123');
    vi.stubEnv('PORT', '4124');
    expect(siteOrigin()).toBe('http://localhost:4124');
  });

  it('refuses a SITE_URL that is not an http(s) address, every time', () => {
    vi.stubEnv('SITE_URL', 'ftp://forum.example.org');
    expect(() => siteOrigin()).toThrow(/SITE_URL/);
    expect(() => siteOrigin()).toThrow(/SITE_URL/);
  });
});
