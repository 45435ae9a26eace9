import { readFile } from 'node:fs/promises';

/** The parsed content of a small JSON state file, or null when it is missing or not valid JSON. */
export async function readJsonFile(path: string): Promise<unknown> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return null;
  }
}
