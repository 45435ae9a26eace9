import { describe, expect, it } from 'vitest';
import { pageContentSecurityPolicy } from './content-security-policy';
import { securityHeaders } from './security-headers';

const directives = (policy: string) => new Map(policy.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('pageContentSecurityPolicy', () => {
  it('allows inline scripts by nonce or by hash, never unsafe-inline', () => {
    const withNonce = directives(pageContentSecurityPolicy({ nonce: 'abc' }));
    expect(withNonce.get('script-src')).toEqual(["'self'", "'nonce-abc'"]);
    const withHashes = directives(pageContentSecurityPolicy({ hashes: ['sha256-x', 'sha256-y'] }));
    expect(withHashes.get('script-src')).toEqual(["'self'", "'sha256-x'", "'sha256-y'"]);
    for (const policy of [withNonce, withHashes]) {
      expect([...policy.values()].flat()).not.toContain("'unsafe-inline'");
      expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
      expect(policy.get('object-src')).toEqual(["'none'"]);
      expect(policy.get('base-uri')).toEqual(["'none'"]);
    }
  });

  it('permits eval only to the development server', () => {
    expect(pageContentSecurityPolicy({ nonce: 'n' })).not.toContain('unsafe-eval');
    expect(pageContentSecurityPolicy({ nonce: 'n' }, { development: true })).toContain("'unsafe-eval'");
  });
});

describe('securityHeaders', () => {
  it('sends HSTS only for a site served over https', () => {
    const names = (https: boolean) => securityHeaders({ https }).map(([name]) => name);
    expect(names(true)).toContain('strict-transport-security');
    expect(names(false)).not.toContain('strict-transport-security');
    expect(names(false)).toEqual(expect.arrayContaining(['x-content-type-options', 'referrer-policy', 'permissions-policy']));
  });
});
