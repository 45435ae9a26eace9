import '../validation/jitless-zod';
import { z } from 'zod';
import { optionalText } from '../editor/form-values';

// The audit log's filters, read from its address (?actor=&action=&targetType=&from=&to=&page=).
// Unlike the dashboard's, a bad value is reported, not ignored: an administrator reading the log
// must not take an unfiltered list for a filtered one.

export const AUDIT_PAGE_SIZE = 50;

/** Every action the portal records, in the order the filter offers them; older rows may hold others. */
export const knownAuditActions = [
  'announcement.create',
  'announcement.import',
  'announcement.editMetadata',
  'announcement.delete',
  'announcement.restore',
  'announcement.purge',
  'translation.save',
  'translation.saveAndPublish',
  'translation.submit',
  'translation.publish',
  'translation.schedule',
  'translation.publishScheduled',
  'translation.unpublish',
  'translation.archive',
  'translation.reopen',
  'media.upload',
  'media.replace',
  'media.remove',
  'media.editText',
  'user.create',
  'user.updateRole',
  'user.disable',
  'user.enable',
  'user.resetPassword',
  'account.changePassword',
  'auth.signIn',
] as const;

export type KnownAuditAction = (typeof knownAuditActions)[number];

export function isKnownAuditAction(code: string): code is KnownAuditAction {
  return (knownAuditActions as readonly string[]).includes(code);
}

export const auditTargetTypes = ['announcement', 'translation', 'user'] as const;
export type AuditTargetType = (typeof auditTargetTypes)[number];

export function isAuditTargetType(type: string): type is AuditTargetType {
  return (auditTargetTypes as readonly string[]).includes(type);
}

const isoDay = z.iso.date({ error: 'invalidDate' });

export const auditFilterSchema = z
  .object({
    actor: optionalText(z.string().trim().max(64, { error: 'invalid' })),
    // Any action code, so that rows of an action this list does not know yet can be found too.
    action: optionalText(z.string().trim().max(64, { error: 'invalid' }).regex(/^[a-z]+(\.[a-zA-Z]+)+$/, { error: 'invalid' })),
    targetType: optionalText(z.enum(auditTargetTypes, { error: 'invalid' })),
    from: optionalText(isoDay),
    to: optionalText(isoDay),
    page: optionalText(z.coerce.number({ error: 'invalid' }).int({ error: 'invalid' }).min(1, { error: 'invalid' }).max(1_000_000, { error: 'invalid' })),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from <= filter.to, { error: 'invalidDate', path: ['to'] });
export type AuditFilter = z.infer<typeof auditFilterSchema>;

/** The filter's fields, one value each, from the page's search parameters. */
export function readAuditSearchParams(params: Record<string, string | string[] | undefined>): Record<string, string | undefined> {
  const keys = ['actor', 'action', 'targetType', 'from', 'to', 'page'] as const;
  return Object.fromEntries(keys.map((key) => [key, [params[key]].flat()[0]]));
}
