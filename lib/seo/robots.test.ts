import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildRobots } from './robots';

afterEach(() => vi.unstubAllEnvs());

describe('buildRobots', () => {
  it('opens the site, closes the API, the editor and search results, and names the sitemap', () => {
    vi.stubEnv('SITE_URL', 'https://forum.example.org/');
    const robots = buildRobots();
    expect(robots.sitemap).toBe('https://forum.example.org/sitemap.xml');
    expect(robots.rules).toMatchObject({ userAgent: '*', allow: '/' });
    const disallow = Array.isArray(robots.rules) ? [] : robots.rules.disallow;
    expect(disallow).toEqual(expect.arrayContaining(['/api/', '/en/editor', '/ar/editor', '/zh/search?']));
    expect(disallow).not.toContain('/');
  });
});
