import { parseArgs } from 'node:util';
import { fieldErrorsOf } from '../auth/action-result';
import { newPasswordSchema, passwordMinLength } from '../auth/schema';
import { locales } from '../i18n/locales';
import { generatePassword } from './generate-password';
import { createUserSchema, type CreateUserInput } from './schema';

export const userCreateUsage =
  'usage: npm run user:create -- --email <address> --role admin|editor|translator [--name <name>] [--locales zh,ar]';

export type UserCreateCommand = { input: CreateUserInput; password: string; generated: boolean };

// One line per problem, naming the option as it was typed.
const problems: Record<string, Partial<Record<string, string>>> = {
  email: { required: '--email is missing', invalidEmail: '--email is not an email address', tooLong: '--email is too long' },
  role: { invalid: '--role must be admin, editor or translator' },
  locales: {
    invalid: `--locales must be a comma-separated list of: ${locales.join(', ')}`,
    localesRequired: '--locales is required for a translator (e.g. --locales zh,ar)',
  },
  name: { tooLong: '--name is too long (at most 100 characters)' },
};

function describe(field: string, code: string): string {
  return problems[field]?.[code] ?? `--${field} is not valid`;
}

/**
 * Reads `user:create`'s options and the password: FORUM_PORTAL_PASSWORD when given (checked like any
 * new password), else a generated one. Throws one line naming the first problem.
 */
export function parseUserCreateCommand(argv: string[], passwordFromEnv: string | undefined): UserCreateCommand {
  let values: { email?: string; role?: string; name?: string; locales?: string };
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, role: { type: 'string' }, name: { type: 'string' }, locales: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`${error instanceof Error ? error.message : String(error)}\n${userCreateUsage}`);
  }
  if (values.role === undefined) throw new Error(`--role is missing\n${userCreateUsage}`);
  const parsed = createUserSchema.safeParse({
    email: values.email ?? '',
    name: values.name,
    role: values.role.trim().toUpperCase(),
    locales: (values.locales ?? '').split(',').map((locale) => locale.trim()).filter((locale) => locale !== ''),
  });
  if (!parsed.success) {
    const [field, codes] = Object.entries(fieldErrorsOf(parsed.error))[0] ?? ['input', ['invalid']];
    throw new Error(describe(field, codes?.[0] ?? 'invalid'));
  }
  if (passwordFromEnv === undefined || passwordFromEnv === '') {
    return { input: parsed.data, password: generatePassword(), generated: true };
  }
  if (!newPasswordSchema.safeParse(passwordFromEnv).success) {
    throw new Error(`FORUM_PORTAL_PASSWORD must have ${passwordMinLength} to 200 characters`);
  }
  return { input: parsed.data, password: passwordFromEnv, generated: false };
}
