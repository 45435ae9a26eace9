import '../validation/jitless-zod';
import { z } from 'zod';
import { idSchema } from '../editor/schema';
import { checkboxSchema } from '../editor/form-values';

// The trash page's forms, shared by the forms (field names are these keys) and the actions.

export const TRASH_PAGE_SIZE = 25;

/** "Restore": puts a deleted announcement back where it was. */
export const restoreAnnouncementSchema = z.object({ announcementId: idSchema });

/** "Delete permanently" only with the confirmation box ticked, with or without JavaScript. */
export const purgeAnnouncementSchema = z.object({
  announcementId: idSchema,
  confirm: checkboxSchema.pipe(z.literal(true, { error: 'required' })),
});

/** The trash page's address: ?page=; a bad value shows the first page. */
export const trashPageSchema = z.object({
  page: z.coerce.number().int().min(1).max(1_000_000).catch(1).default(1),
});
