import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// A schema module that defines an object schema before jitless-zod.ts has run makes Zod probe for
// eval, which the pages' Content-Security-Policy reports as a violation in the browser.
// Code that never reaches a browser: the generated client, test helpers, command-line tools.
const nodeOnly = new Set(['lib/db/generated', 'lib/testing', 'lib/cli', 'lib/bench'].map((folder) => path.join(...folder.split('/'))));

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return nodeOnly.has(full) ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('schema modules', () => {
  it('import jitless-zod first wherever they define object schemas', () => {
    const offenders = ['app', 'components', 'lib']
      .flatMap(sourceFiles)
      .filter((file) => file !== path.join('lib', 'env.ts'))
      .filter((file) => {
        const text = readFileSync(file, 'utf8');
        return /from 'zod'/.test(text) && /z\.object\(/.test(text) && !/^import '[^']*validation\/jitless-zod';/.test(text);
      });
    expect(offenders).toEqual([]);
  });
});
