import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../lib/auth/password';
import type { Locale } from '../../lib/i18n/locales';
import { uniqueTag, withDatabase } from './db-rows';

export type Credentials = { email: string; password: string };

/** A translator of `locales`, written straight into the end-to-end database (as an admin would add one). */
export async function insertTranslator(locales: Locale[]): Promise<Credentials> {
  const translator = { email: `translator-${uniqueTag()}@e2e.test`, password: 'translator-e2e-password' };
  const passwordHash = await hashPassword(translator.password);
  await withDatabase((client) =>
    client.query(
      `INSERT INTO users (id, email, name, password_hash, role, locales, updated_at) VALUES ($1, $2, 'Translator', $3, 'TRANSLATOR', $4, now())`,
      [randomUUID(), translator.email, passwordHash, locales],
    ),
  );
  return translator;
}
