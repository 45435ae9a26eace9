import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import type { Locale } from '../../lib/i18n/locales';
import { importDocument } from '../../lib/import/import-document';
import {
  announcementMetaSchema,
  eventSchema,
  topicSchema,
  type DemoAnnouncement,
  type DemoContent,
  type DemoTranslation,
  type TranslationSource,
} from './content-schema';

export const demoContentDir = fileURLToPath(new URL('./content', import.meta.url));
export const rawReportsDir = fileURLToPath(new URL('./raw', import.meta.url));

function readJson<T extends z.ZodType>(path: string, schema: T): z.infer<T> {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${z.prettifyError(parsed.error)}`);
  return parsed.data;
}

/** Runs one raw report through the import pipeline and applies the editor's recorded decisions. */
function importTranslation(locale: Locale, source: TranslationSource, where: string): DemoTranslation {
  const imported = importDocument(readFileSync(join(rawReportsDir, source.raw)), { name: source.raw, locale });
  let { title, summary, body } = imported;
  for (const { find, replace } of source.corrections) {
    if (![title, summary, body].some((text) => text.includes(find))) {
      throw new Error(`${where}: the correction of “${find}” no longer applies`);
    }
    [title, summary, body] = [title, summary, body].map((text) => text.split(find).join(replace)) as [string, string, string];
  }
  return { locale, title: source.title ?? title, slug: source.slug, summary, body, publishedAt: source.publishedAt, raw: source.raw };
}

function readAnnouncement(folderPath: string, folder: string): DemoAnnouncement {
  const path = join(folderPath, 'announcement.json');
  const { translations: sources, ...meta } = readJson(path, announcementMetaSchema);
  if (!(meta.sourceLocale in sources)) throw new Error(`${path}: no translation in the source locale ${meta.sourceLocale}`);
  const translations = Object.entries(sources)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([locale, source]) => importTranslation(locale as Locale, source, `${path} (${locale})`));
  return { ...meta, folder, translations };
}

/** The demo content: events and topics as written, announcements imported from the raw reports. */
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
