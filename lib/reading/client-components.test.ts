import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Reading pages are server-rendered: the only JavaScript of the project's own that a reader's
// browser runs is what needs the current address, which the cached layout lacks: the language
// switcher's links and the header's choice to leave its search form out on the search page. The
// search box itself is a plain form. Everything else a page ships is Next's own runtime.
const allowed = ['components/site/header-search.tsx', 'components/site/locale-switcher-links.tsx'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx)$/.test(entry.name) ? [path] : [];
  });
}

describe('client components', () => {
  it('are only the ones the reading site allows', () => {
    const root = process.cwd();
    const clientFiles = ['app/[locale]', 'components/site', 'components/seo']
      .flatMap((dir) => sourceFiles(join(root, dir)))
      .filter((file) => /^\s*['"]use client['"]/.test(readFileSync(file, 'utf8')))
      .map((file) => relative(root, file));
    expect(clientFiles.filter((file) => !file.includes('(editor)')).sort()).toEqual(allowed);
  });
});
