import { describe, expect, it, vi } from 'vitest';
import { deleteAnnouncement } from '../editor/announcement-writes';
import { setUpEditorTeam } from '../testing/announcement-editor-fixtures';
import { createWorkflowAnnouncement } from '../testing/editor-workflow-fixtures';
import { purgeAnnouncement } from '../trash/writes';
import { listAuditEvents } from './queries';
import { auditFilterSchema } from './schema';

vi.mock('server-only', () => ({}));
vi.mock('next/cache', async () => (await import('../testing/next-cache-double')).nextCacheDouble);

// The audit log page's query: newest first, filtered, with links to targets that still exist.

const team = setUpEditorTeam();
const filter = (values: Record<string, string>) => auditFilterSchema.parse(values);

describe('listAuditEvents', () => {
  it('lists one person’s events newest first, linking to what still exists', async () => {
    const { admin } = team();
    const kept = await createWorkflowAnnouncement(admin, ['fr']);
    const purged = await createWorkflowAnnouncement(admin, []);
    expect(await deleteAnnouncement(admin, { announcementId: purged.id, version: 1 })).toEqual({ ok: true });
    expect(await purgeAnnouncement(admin, { announcementId: purged.id, confirm: 'on' })).toEqual({ ok: true });

    const log = await listAuditEvents(admin, filter({ actor: admin.id }));
    expect(log?.rows.map((row) => row.action)).toEqual([
      'announcement.purge',
      'announcement.delete',
      'translation.save',
      'announcement.create',
      'translation.save',
      'translation.save',
      'announcement.create',
    ]);
    expect(log?.rows.every((row) => row.actor === admin.name)).toBe(true);
    const links = log?.rows.map((row) => [row.targetId, row.link]);
    expect(links).toContainEqual([kept.id, { kind: 'announcement', announcementId: kept.id }]);
    expect(links).toContainEqual([purged.id, null]);
    expect(log?.rows.find((row) => row.action === 'translation.save' && row.link?.kind === 'translation')?.link).toMatchObject({
      kind: 'translation',
      announcementId: kept.id,
    });
    expect(log?.hasNext).toBe(false);
    expect(log?.actors.map((actor) => actor.id)).toContain(admin.id);
  });

  it('filters by action, target type and days', async () => {
    const { editor } = team();
    const { id } = await createWorkflowAnnouncement(editor, []);
    expect(await deleteAnnouncement(editor, { announcementId: id, version: 1 })).toEqual({ ok: true });
    const mine = (values: Record<string, string>) => listAuditEvents(team().admin, filter({ actor: editor.id, ...values }));

    expect((await mine({ action: 'announcement.delete' }))?.rows.map((row) => row.targetId)).toEqual([id]);
    expect((await mine({ targetType: 'translation' }))?.rows.map((row) => row.action)).toEqual(['translation.save']);
    const today = new Date().toISOString().slice(0, 10);
    expect((await mine({ from: today, to: today }))?.rows).toHaveLength(3);
    expect((await mine({ to: '2000-01-01' }))?.rows).toEqual([]);
    expect((await mine({ page: '2' }))?.rows).toEqual([]);
  });

  it('is for administrators only', async () => {
    expect(await listAuditEvents(team().editor, {})).toBeNull();
    expect(await listAuditEvents(team().translator, {})).toBeNull();
    expect(await listAuditEvents(null, {})).toBeNull();
  });
});
