import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { isLocale, type Locale } from '../../lib/i18n/locales';
import { parseFrontMatter } from './front-matter';
import {
  announcementMetaSchema,
  eventSchema,
  topicSchema,
  translationFieldsSchema,
  type DemoAnnouncement,
  type DemoContent,
  type DemoTranslation,
} from './content-schema';

export const demoContentDir = fileURLToPath(new URL('./content', import.meta.url));

function readJson<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

function readTranslation(path: string, locale: Locale): DemoTranslation {
  const { fields, body } = parseFrontMatter(readFileSync(path, 'utf8'), path);
  const parsed = translationFieldsSchema.safeParse(fields);
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return { ...parsed.data, locale, body };
}

function readAnnouncement(folderPath: string, folder: string): DemoAnnouncement {
  const meta = readJson(join(folderPath, 'announcement.json'), announcementMetaSchema);
  const translations = readdirSync(folderPath)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const locale = name.slice(0, -'.md'.length);
      if (!isLocale(locale)) throw new Error(`${join(folderPath, name)}: "${locale}" is not a configured locale`);
      return readTranslation(join(folderPath, name), locale);
    });
  if (!translations.some((translation) => translation.locale === meta.sourceLocale)) {
    throw new Error(`${folderPath}: no ${meta.sourceLocale}.md for the source locale`);
  }
  return { ...meta, folder, translations };
}

/** Reads and validates the hand-cleaned demo content; throws naming the file at the first problem. */
export function loadDemoContent(dir: string = demoContentDir): DemoContent {
  const announcementsDir = join(dir, 'announcements');
  const announcements = readdirSync(announcementsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((folder) => readAnnouncement(join(announcementsDir, folder), folder));
  return {
    events: readJson(join(dir, 'events.json'), z.array(eventSchema)),
    topics: readJson(join(dir, 'topics.json'), z.array(topicSchema)),
    announcements,
  };
}
