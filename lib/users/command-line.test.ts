import { describe, expect, it } from 'vitest';
import { parseUserCreateCommand } from './command-line';

const parse = (args: string, password?: string) => parseUserCreateCommand(args.split(' ').filter(Boolean), password);

describe('parseUserCreateCommand', () => {
  it('reads an admin with a generated password', () => {
    const command = parse('--email Chief@Example.org --role admin');
    expect(command.input).toEqual({ email: 'chief@example.org', name: null, role: 'ADMIN', locales: [] });
    expect(command.generated).toBe(true);
    expect(command.password).toMatch(/^[\w-]{24}$/);
  });

  it('reads a translator’s locales and name', () => {
    expect(parse('--email t@example.org --role translator --locales zh,ar --name Li').input).toEqual({
      email: 't@example.org',
      name: 'Li',
      role: 'TRANSLATOR',
      locales: ['zh', 'ar'],
    });
  });

  it('takes the password from FORUM_PORTAL_PASSWORD when given', () => {
    expect(parse('--email e@example.org --role editor', 'a given password')).toMatchObject({
      password: 'a given password',
      generated: false,
    });
  });

  it.each([
    ['--role admin', '--email is missing'],
    ['--email nope --role admin', '--email is not an email address'],
    ['--email a@example.org', '--role is missing'],
    ['--email a@example.org --role owner', '--role must be admin, editor or translator'],
    ['--email a@example.org --role translator', '--locales is required for a translator (e.g. --locales zh,ar)'],
    ['--email a@example.org --role translator --locales zh,xx', '--locales must be a comma-separated list of: en, zh, ru, fr, de, es, ar'],
  ])('refuses `%s` with one clear line', (args, message) => {
    expect(() => parse(args)).toThrow(message);
  });

  it('refuses unknown options and a short password', () => {
    expect(() => parse('--email a@example.org --role admin --admin')).toThrow(/Unknown option '--admin'/);
    expect(() => parse('--email a@example.org --role admin', 'short')).toThrow('FORUM_PORTAL_PASSWORD must have 12 to 200 characters');
  });
});
