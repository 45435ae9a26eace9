import '../validation/jitless-zod';
import { z } from 'zod';
import { locales } from '../i18n/locales';
import { coverageStates } from './coverage-state';
import { checkboxSchema, listOf, optionalText } from './form-values';

// The schemas of the editor's forms, shared by the forms (field names are these keys) and the
// actions that validate what the forms send. Messages are error codes (lib/editor/errors.ts).

export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const TITLE_MAX = 300;
export const SUMMARY_MAX = 1_000;
export const BODY_MAX = 200_000;
export const SLUG_MAX = 200;

export const idSchema = z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(64, { error: 'invalid' });
export const localeSchema = z.enum(locales, { error: 'invalid' });
const versionSchema = z.coerce.number({ error: 'invalid' }).int({ error: 'invalid' }).min(0, { error: 'invalid' }).max(2_147_483_647, { error: 'invalid' });

export const translationTextShape = {
  title: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(TITLE_MAX, { error: 'tooLong' }),
  summary: z.string().trim().max(SUMMARY_MAX, { error: 'tooLong' }).default(''),
  body: z.string().max(BODY_MAX, { error: 'tooLong' }).default(''),
  // Left empty, the slug is made from the title (lib/editor/slug.ts).
  slug: optionalText(
    z.string().trim().toLowerCase().max(SLUG_MAX, { error: 'tooLong' }).regex(SLUG_PATTERN, { error: 'slugInvalid' }),
  ),
};

/** The translation editor's form: the text, the version it was based on, the source revision it follows. */
export const translationFormSchema = z.object({
  announcementId: idSchema,
  locale: localeSchema,
  ...translationTextShape,
  // 0 for a translation that does not exist yet.
  baseVersion: versionSchema,
  // The source revision shown beside the text while translating; ignored for the source text itself.
  sourceRevisionId: optionalText(idSchema),
  // Source text only: a typo fix that leaves the translations current.
  minor: checkboxSchema.default(false),
  // "Save and publish" instead of "Save".
  publish: checkboxSchema.default(false),
});
export type TranslationForm = z.infer<typeof translationFormSchema>;

/** Workflow buttons (submit, publish, unpublish, archive, reopen) name the translation and the version seen. */
export const translationStepSchema = z.object({
  announcementId: idSchema,
  locale: localeSchema,
  version: versionSchema,
});
export type TranslationStep = z.infer<typeof translationStepSchema>;

export const scheduleFormSchema = translationStepSchema.extend({
  // A wall-clock time (<input type="datetime-local">) in `timeZone`, or an ISO time with an offset.
  publishAt: z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(40, { error: 'invalidDate' }),
  timeZone: optionalText(z.string().max(64, { error: 'invalid' })),
});
export type ScheduleForm = z.infer<typeof scheduleFormSchema>;

export const restoreRevisionSchema = translationStepSchema.extend({
  revisionNumber: z.coerce.number({ error: 'invalid' }).int({ error: 'invalid' }).min(1, { error: 'invalid' }),
});

export const lifecycles = ['ACTIVE', 'CORRECTED', 'SUPERSEDED', 'WITHDRAWN'] as const;

const announcementMetadataShape = {
  eventId: optionalText(idSchema),
  // <input type="date">
  eventDate: optionalText(z.iso.date({ error: 'invalidDate' })),
  topicIds: listOf(idSchema).pipe(z.array(idSchema).max(50, { error: 'tooLong' })),
  sourceLocale: localeSchema,
};

export const createAnnouncementSchema = z.object({ ...announcementMetadataShape, ...translationTextShape });
export type CreateAnnouncementForm = z.infer<typeof createAnnouncementSchema>;

export const announcementMetadataSchema = z.object({
  announcementId: idSchema,
  version: versionSchema,
  ...announcementMetadataShape,
  lifecycle: z.enum(lifecycles, { error: 'invalid' }),
  supersededById: optionalText(idSchema),
});
export type AnnouncementMetadataForm = z.infer<typeof announcementMetadataSchema>;

export const deleteAnnouncementSchema = z.object({ announcementId: idSchema, version: versionSchema });

export const DASHBOARD_PAGE_SIZE = 50;

/** The dashboard's filters, read from its address (?event=&topic=&status=&locale=&page=); bad values are ignored. */
export const dashboardFilterSchema = z.object({
  event: optionalText(idSchema).catch(undefined),
  topic: optionalText(idSchema).catch(undefined),
  status: optionalText(z.enum(coverageStates)).catch(undefined),
  locale: optionalText(localeSchema).catch(undefined),
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1),
});
export type DashboardFilter = z.infer<typeof dashboardFilterSchema>;
