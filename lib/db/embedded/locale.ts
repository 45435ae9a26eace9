import { execFile } from 'node:child_process';
import { MINIMAL_ENV } from './spawn-options';

// pg_trgm and full-text parsing classify characters with the libc LC_CTYPE of the database: under
// plain "C" every Cyrillic, Arabic or CJK letter is a non-word character and trigram search finds
// nothing. Collation stays on PostgreSQL's builtin provider, so sort order does not depend on the
// machine's glibc version.
const PREFERRED_CTYPES = [/^c\.utf-?8$/i, /^en_us\.utf-?8$/i];

export function chooseCtypeLocale(): Promise<string> {
  return new Promise((resolve) => {
    execFile('locale', ['-a'], { env: MINIMAL_ENV, timeout: 5_000 }, (error, stdout) => {
      const available = error ? [] : stdout.split('\n').map((line) => line.trim());
      for (const pattern of PREFERRED_CTYPES) {
        const match = available.find((name) => pattern.test(name));
        if (match) return resolve(match);
      }
      resolve('C');
    });
  });
}
