// What a person must do after restoring an archive made without password hashes: nobody can sign
// in until they have a password again, admins included.
export function missingPasswordsNotice(users: number): string {
  return (
    `${users} user${users === 1 ? '' : 's'} without a password: create an admin with ` +
    '`npm run user:create -- --email … --role admin`, then give the others new passwords with ' +
    '"Reset password" on the Users page'
  );
}
