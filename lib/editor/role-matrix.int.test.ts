import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { EditorUser } from '../auth/editor-user';
import { getPrisma } from '../db/client';
import type { Locale } from '../i18n/locales';
import {
  createEditorUser,
  createWorkflowAnnouncement,
  expectOk,
  sampleText,
  setUpEditorAdmin,
  stepInput,
  versionOf,
} from '../testing/editor-workflow-fixtures';
import { readCover, samplePng, uploadFields, uploadSampleCover } from '../testing/media-fixtures';
import { removeCover, saveCoverText } from '../media/cover-writes';
import { uploadCover } from '../media/upload-cover';
import { listAuditEvents } from '../audit/queries';
import { listTrash } from '../trash/queries';
import { purgeAnnouncement, restoreAnnouncement } from '../trash/writes';
import { createAnnouncement, deleteAnnouncement, updateAnnouncementMetadata } from './announcement-writes';
import { getDashboard } from './dashboard-queries';
import { compareRevisions, getRevisionHistory } from './history-queries';
import { restoreRevision } from './restore-revision';
import { saveTranslation } from './save-translation';
import { dashboardFilterSchema } from './schema';
import { confirmImport } from './import-confirm';
import { getTranslationEditor } from './translation-queries';
import {
  archiveTranslation,
  publishTranslation,
  reopenTranslation,
  scheduleTranslation,
  submitForReview,
  unpublishTranslation,
} from './translation-steps';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// Every editor operation, tried by every kind of person, against the table below. Each case gets a
// fresh announcement (English source, French translation) brought into the state the operation
// needs, so an allowed call succeeds and a refused one can be checked to have written nothing.

type Actor = 'anonymous' | 'otherTranslator' | 'translator' | 'sourceTranslator' | 'editor' | 'admin';
type Outcome = 'allowed' | 'refused';
const ok: Outcome = 'allowed';
const no: Outcome = 'refused';

// otherTranslator: translates German, acts on the French text. translator: translates French, acts
// on the French text. sourceTranslator: "translates" English, acts on the English source text.
// editor, admin: act on the French text.
const expected = {
  saveTranslation:            { anonymous: no, otherTranslator: no, translator: ok, sourceTranslator: no, editor: ok, admin: ok },
  restoreRevision:            { anonymous: no, otherTranslator: no, translator: ok, sourceTranslator: no, editor: ok, admin: ok },
  submitForReview:            { anonymous: no, otherTranslator: no, translator: ok, sourceTranslator: no, editor: ok, admin: ok },
  publishTranslation:         { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: ok, admin: ok },
  scheduleTranslation:        { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: ok, admin: ok },
  unpublishTranslation:       { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: ok, admin: ok },
  archiveTranslation:         { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: ok, admin: ok },
  reopenTranslation:          { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: ok, admin: ok },
  createAnnouncement:         { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: ok, admin: ok },
  updateAnnouncementMetadata: { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: ok, admin: ok },
  deleteAnnouncement:         { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: ok, admin: ok },
  confirmImport:              { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: ok, admin: ok },
  getDashboard:               { anonymous: no, otherTranslator: ok, translator: ok, sourceTranslator: ok, editor: ok, admin: ok },
  getTranslationEditor:       { anonymous: no, otherTranslator: ok, translator: ok, sourceTranslator: ok, editor: ok, admin: ok },
  getRevisionHistory:         { anonymous: no, otherTranslator: ok, translator: ok, sourceTranslator: ok, editor: ok, admin: ok },
  compareRevisions:           { anonymous: no, otherTranslator: ok, translator: ok, sourceTranslator: ok, editor: ok, admin: ok },
  uploadCover:                { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: ok, admin: ok },
  removeCover:                { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: ok, admin: ok },
  saveCoverText:              { anonymous: no, otherTranslator: no, translator: ok, sourceTranslator: no, editor: ok, admin: ok },
  listTrash:                  { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: ok, admin: ok },
  restoreAnnouncement:        { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: ok, admin: ok },
  purgeAnnouncement:          { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: no, admin: ok },
  listAuditEvents:            { anonymous: no, otherTranslator: no, translator: no, sourceTranslator: no, editor: no, admin: ok },
} satisfies Record<string, Record<Actor, Outcome>>;

type OperationName = keyof typeof expected;
type Target = { announcementId: string; locale: Locale };
type Operation = {
  /** Brings the fresh announcement into the state the operation needs (done by an admin). */
  prepare?: (target: Target) => Promise<unknown>;
  run: (user: EditorUser | null, target: Target) => Promise<unknown>;
  /** Queries write nothing, even when allowed. */
  writes: boolean;
};

const setupAdmin = setUpEditorAdmin();
const users = {} as Record<Exclude<Actor, 'anonymous'>, EditorUser>;

const step = ({ announcementId, locale }: Target) => stepInput(announcementId, locale);
const announcementVersion = async (id: string) =>
  (await getPrisma().announcement.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
const inAnHour = () => new Date(Date.now() + 60 * 60_000).toISOString();
const coverId = async (announcementId: string) => (await readCover(announcementId))?.id ?? '';
const uploadAsAdmin = ({ announcementId }: Target) => uploadSampleCover(setupAdmin(), announcementId, ['en', 'fr']);
const trashAsAdmin = async ({ announcementId }: Target) =>
  expectOk(await deleteAnnouncement(setupAdmin(), { announcementId, version: await announcementVersion(announcementId) }));
const saveAsAdmin = async (target: Target) =>
  expectOk(await saveTranslation(setupAdmin(), { ...target, ...sampleText('Second'), baseVersion: await versionOf(target.announcementId, target.locale) }));

const operations: Record<OperationName, Operation> = {
  saveTranslation: {
    writes: true,
    run: async (user, target) => saveTranslation(user, { ...target, ...sampleText('Edit'), baseVersion: await versionOf(target.announcementId, target.locale) }),
  },
  restoreRevision: { writes: true, prepare: saveAsAdmin, run: async (user, target) => restoreRevision(user, { ...(await step(target)), revisionNumber: 1 }) },
  submitForReview: { writes: true, run: async (user, target) => submitForReview(user, await step(target)) },
  publishTranslation: { writes: true, run: async (user, target) => publishTranslation(user, await step(target)) },
  scheduleTranslation: { writes: true, run: async (user, target) => scheduleTranslation(user, { ...(await step(target)), publishAt: inAnHour() }) },
  unpublishTranslation: {
    writes: true,
    prepare: async (target) => expectOk(await publishTranslation(setupAdmin(), await step(target))),
    run: async (user, target) => unpublishTranslation(user, await step(target)),
  },
  archiveTranslation: { writes: true, run: async (user, target) => archiveTranslation(user, await step(target)) },
  reopenTranslation: {
    writes: true,
    prepare: async (target) => expectOk(await archiveTranslation(setupAdmin(), await step(target))),
    run: async (user, target) => reopenTranslation(user, await step(target)),
  },
  createAnnouncement: { writes: true, run: async (user) => createAnnouncement(user, { sourceLocale: 'de', ...sampleText('New') }) },
  updateAnnouncementMetadata: {
    writes: true,
    run: async (user, { announcementId }) =>
      updateAnnouncementMetadata(user, { announcementId, version: await announcementVersion(announcementId), sourceLocale: 'en', lifecycle: 'CORRECTED' }),
  },
  deleteAnnouncement: {
    writes: true,
    run: async (user, { announcementId }) => deleteAnnouncement(user, { announcementId, version: await announcementVersion(announcementId) }),
  },
  confirmImport: {
    writes: true,
    run: (user) =>
      confirmImport(user, { token: randomUUID(), groups: [{ members: [{ key: '0', name: 'report.txt', locale: 'es', ...sampleText('Imported') }] }] }),
  },
  getDashboard: { writes: false, run: (user) => getDashboard(user, dashboardFilterSchema.parse({}), 'en') },
  getTranslationEditor: { writes: false, run: (user, { announcementId, locale }) => getTranslationEditor(user, announcementId, locale) },
  getRevisionHistory: { writes: false, run: (user, { announcementId, locale }) => getRevisionHistory(user, announcementId, locale) },
  compareRevisions: {
    writes: false,
    prepare: saveAsAdmin,
    run: (user, { announcementId, locale }) => compareRevisions(user, announcementId, locale, 1, 2),
  },
  uploadCover: { writes: true, run: async (user, { announcementId }) => uploadCover(user, uploadFields(announcementId, ['en', 'fr']), await samplePng()) },
  removeCover: {
    writes: true,
    prepare: uploadAsAdmin,
    run: async (user, { announcementId }) => removeCover(user, { announcementId, mediaId: await coverId(announcementId) }),
  },
  saveCoverText: {
    writes: true,
    prepare: uploadAsAdmin,
    run: async (user, { announcementId, locale }) =>
      saveCoverText(user, { announcementId, mediaId: await coverId(announcementId), locale, alt: 'A changed description' }),
  },
  listTrash: { writes: false, prepare: trashAsAdmin, run: (user) => listTrash(user, 1, 'en') },
  restoreAnnouncement: { writes: true, prepare: trashAsAdmin, run: (user, { announcementId }) => restoreAnnouncement(user, { announcementId }) },
  purgeAnnouncement: {
    writes: true,
    prepare: trashAsAdmin,
    run: (user, { announcementId }) => purgeAnnouncement(user, { announcementId, confirm: 'on' }),
  },
  listAuditEvents: { writes: false, run: (user) => listAuditEvents(user, {}) },
};

/** What a person can observe of a call: refused (signed out, not allowed, nothing to see) or allowed. */
function outcomeOf(result: unknown): Outcome {
  if (result === null) return 'refused';
  const failure = result as { ok?: boolean; error?: string };
  return failure.ok === false && (failure.error === 'forbidden' || failure.error === 'signedOut') ? 'refused' : 'allowed';
}

/** Everything an operation could have written about the case's announcement (or any new one). */
async function snapshot(announcementId: string) {
  const prisma = getPrisma();
  const [announcement, revisions, auditEvents, announcements] = await Promise.all([
    // Null once deleted for good.
    prisma.announcement.findUnique({
      where: { id: announcementId },
      select: {
        version: true,
        deletedAt: true,
        lifecycle: true,
        translations: { orderBy: { locale: 'asc' }, select: { locale: true, status: true, version: true, title: true, liveRevisionId: true } },
        coverMedia: { select: { id: true, translations: { orderBy: { locale: 'asc' }, select: { locale: true, alt: true, caption: true } } } },
      },
    }),
    prisma.revision.count({ where: { translation: { announcementId } } }),
    prisma.auditEvent.count(),
    prisma.announcement.count(),
  ]);
  return { announcement, revisions, auditEvents, announcements };
}

let dataDir: string;

beforeAll(async () => {
  // Cover uploads write files: into a temporary media folder.
  dataDir = await mkdtemp(path.join(tmpdir(), 'forum-roles-'));
  vi.stubEnv('DATA_DIR', dataDir);
  users.otherTranslator = await createEditorUser('TRANSLATOR', ['de']);
  users.translator = await createEditorUser('TRANSLATOR', ['fr']);
  users.sourceTranslator = await createEditorUser('TRANSLATOR', ['en']);
  users.editor = await createEditorUser('EDITOR');
  users.admin = await createEditorUser('ADMIN');
});

afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

const actors: Actor[] = ['anonymous', 'otherTranslator', 'translator', 'sourceTranslator', 'editor', 'admin'];

describe.each(Object.keys(expected) as OperationName[])('%s', (name) => {
  it.each(actors)('by %s', async (actor) => {
    const operation = operations[name];
    const { id } = await createWorkflowAnnouncement(setupAdmin(), ['fr']);
    const target: Target = { announcementId: id, locale: actor === 'sourceTranslator' ? 'en' : 'fr' };
    await operation.prepare?.(target);
    const before = await snapshot(id);

    const result = await operation.run(actor === 'anonymous' ? null : users[actor], target);

    expect(outcomeOf(result)).toBe(expected[name][actor]);
    const after = await snapshot(id);
    if (expected[name][actor] === 'refused' || !operation.writes) {
      expect(after).toEqual(before);
    } else {
      // Every case is prepared so that an allowed call succeeds: a validation error here would
      // otherwise pass for "allowed" and hide a missing permission check.
      expect(result).toMatchObject({ ok: true });
      expect(after).not.toEqual(before);
    }
  });
});
