import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync } from 'fflate';
import { newId } from '../../../shared/domain/ids';
import { BundleError, createBundle } from '../../../shared/sync/bundle';
import { translator } from '../../../shared/i18n/translate';
import { addNote, deleteNote, editNote } from '../commands/notes';
import { createProject } from '../commands/projects';
import { createSession } from '../commands/sessions';
import { addPhoto } from '../commands/photos';
import { EXIF_WITH_GPS, JFIF, jpegBytes } from '../../../shared/photos/jpeg.testkit';
import { bytesToBase64 } from '../../../shared/photos/photoBytes';
import { exportBundle } from './bundleExport';
import { applyBundleImport, previewBundleImport } from './bundleImport';
import { snapshotOf, type Replica, replicasClosedAfterEach } from './replica.testkit';
import { storedHistory } from '../history/history.testkit';

const replica = replicasClosedAfterEach();

async function facilitatorWithTwoSessions() {
  const a = replica('facilitator');
  const project = await createProject(a.runner, { name: 'Safety plan', templateId: 'community-safety-plan' });
  const master = await a.runner.run({ id: 'commands.addMasterTheme' }, (ctx) =>
    ctx.insert('themes', { id: newId(), projectId: project.id, name: 'Transport', color: '#123456', origin: 'master' }),
  );
  const youth = await createSession(a.runner, project.id, { title: 'Youth group' });
  const seniors = await createSession(a.runner, project.id, { title: 'Seniors' });
  const theme = await a.runner.run({ id: 'commands.createTheme', values: { name: 'test' } }, (ctx) =>
    ctx.insert('themes', {
      id: newId(),
      projectId: project.id,
      sessionId: youth.id,
      name: 'Night buses',
      color: '#654321',
      masterThemeId: master.id,
    }),
  );
  const note = await addNote(a.runner, { sessionId: youth.id, text: 'Buses stop at 7' });
  await a.runner.run({ id: 'commands.editNote' }, (ctx) => ctx.update('notes', note.id, { themeId: theme.id }));
  await addNote(a.runner, { sessionId: seniors.id, text: 'Benches on the main street' });
  return { a, project, youth, seniors, theme, note, master };
}

/** The youth session exported as Ana's session bundle. */
function youthBundle(a: Replica, projectId: string, youthId: string) {
  return exportBundle(a.runner, { kind: 'sessions', projectId, sessionIds: [youthId] }, { deviceName: 'Ana' });
}

async function errorCode(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
    return 'none';
  } catch (error) {
    return error instanceof BundleError ? error.code : String(error);
  }
}

describe('session bundles', () => {
  it('carry a session with its themes to the PMT; importing twice changes nothing', async () => {
    const { a, project, youth } = await facilitatorWithTwoSessions();
    const exported = await youthBundle(a, project.id, youth.id);
    expect(exported.fileName).toMatch(/^Safety plan - Youth group - \d{4}-\d{2}-\d{2}\.fieldnotes$/);

    const pmt = replica('pmt');
    const preview = await previewBundleImport(pmt.db, exported.bytes);
    expect(preview.project).toMatchObject({ name: 'Safety plan', isNew: true });
    expect(preview.sessions).toEqual([{ id: youth.id, title: 'Youth group', change: 'new' }]);
    expect(preview.themes.map((t) => t.name).sort()).toEqual(['Night buses', 'Transport']);
    expect(preview.summary).toEqual([
      'Adds the project “Safety plan”.',
      'Adds 7 stakeholder groups, 5 questions, 1 session, 1 note and 2 themes.',
      'New session: “Youth group”.',
    ]);
    expect(await pmt.db.notes.count()).toBe(0);

    const report = await applyBundleImport(pmt.runner, preview);
    expect(report.status).toBe('applied');
    const notes = await pmt.db.notes.toArray();
    expect(notes.map((n) => n.text)).toEqual(['Buses stop at 7']);
    expect((await pmt.db.themes.get(notes[0]!.themeId!))?.name).toBe('Night buses');
    expect(await pmt.db.sessions.count()).toBe(1);

    const before = await snapshotOf(pmt);
    const changesBefore = await storedHistory(pmt.db).count();
    const again = await previewBundleImport(pmt.db, exported.bytes);
    expect(again.unchanged).toBe(true);
    expect(again.summary).toEqual(['Nothing new: everything in this bundle is already here.']);
    const second = await applyBundleImport(pmt.runner, again);
    expect(second.stored).toBe(0);
    expect(await snapshotOf(pmt)).toEqual(before);
    expect(await storedHistory(pmt.db).count()).toBe(changesBefore);
  });

  it('apply only what the preview checked: its changes cannot be altered, and one swapped in is checked again', async () => {
    const { a, project, youth, note } = await facilitatorWithTwoSessions();
    const exported = await youthBundle(a, project.id, youth.id);
    const pmt = replica('pmt');
    const preview = await previewBundleImport(pmt.db, exported.bytes);
    const at = preview.changes.findIndex((change) => change.table === 'notes' && change.fields.text !== undefined);
    const checked = preview.changes[at]!;
    expect(() => {
      (checked.fields as Record<string, unknown>).text = 'Altered after the preview';
    }).toThrow(TypeError);
    // The same change moved to another project: the preview never checked this object.
    preview.changes[at] = { ...checked, fields: { ...checked.fields, projectId: newId() } };
    const report = await applyBundleImport(pmt.runner, preview);
    expect(report.rejected).toBe(1);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'invalid-changes', amount: 1 }));
    expect(await pmt.db.notes.get(note.id)).toBeUndefined();
    expect(await pmt.db.sessions.count()).toBe(1);
  });

  it('refuse a new record whose change reuses a stamp already here, though the preview presumes it new', async () => {
    const { a, project, youth, note } = await facilitatorWithTwoSessions();
    const exported = await youthBundle(a, project.id, youth.id);
    const pmt = replica('pmt');
    await applyBundleImport(pmt.runner, await previewBundleImport(pmt.db, exported.bytes));
    const stored = (await storedHistory(pmt.db).toArray()).find((change) => change.rowId === note.id)!;
    const id = newId();
    const at = new Date().toISOString();
    const forged = {
      hlc: stored.hlc,
      deviceId: stored.deviceId,
      projectId: project.id,
      table: 'notes' as const,
      rowId: id,
      fields: { id, projectId: project.id, sessionId: youth.id, text: 'Forged', createdAt: at, updatedAt: at },
    };
    const crafted = await createBundle({
      changes: [forged],
      scope: exported.scope,
      createdBy: { deviceId: stored.deviceId, deviceName: 'Other tool' },
      now: at,
    });
    const report = await applyBundleImport(pmt.runner, await previewBundleImport(pmt.db, crafted));
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'stamp-conflict', amount: 1 }));
    expect(report.stored).toBe(0);
    expect(await pmt.db.notes.get(id)).toBeUndefined();
  });

  it('carry later edits and deletions as changes to what the PMT has', async () => {
    const { a, project, youth, note } = await facilitatorWithTwoSessions();
    const pmt = replica('pmt');
    const select = { kind: 'sessions' as const, projectId: project.id, sessionIds: [youth.id] };
    await applyBundleImport(
      pmt.runner,
      await previewBundleImport(pmt.db, (await exportBundle(a.runner, select, { deviceName: 'Ana' })).bytes),
    );
    a.time.now += 60_000;
    await editNote(a.runner, note.id, { text: 'Buses stop at 7 pm' });
    const second = await addNote(a.runner, { sessionId: youth.id, text: 'Taxis cost too much' });
    await deleteNote(a.runner, second.id);
    const preview = await previewBundleImport(
      pmt.db,
      (await exportBundle(a.runner, select, { deviceName: 'Ana' })).bytes,
    );
    expect(preview.summary).toEqual(['Changes 1 note.']);
    await applyBundleImport(pmt.runner, preview);
    expect((await pmt.db.notes.get(note.id))?.text).toBe('Buses stop at 7 pm');
  });
});

describe('project kits', () => {
  it('carry the guide, groups, kinds and master themes, and no sessions', async () => {
    const { a, project } = await facilitatorWithTwoSessions();
    const kit = await exportBundle(a.runner, { kind: 'kit', projectId: project.id }, { deviceName: 'PMT' });
    expect(kit.fileName).toMatch(/project kit/);
    const facilitator = replica('new facilitator');
    const preview = await previewBundleImport(facilitator.db, kit.bytes);
    await applyBundleImport(facilitator.runner, preview);
    expect(await facilitator.db.sessions.count()).toBe(0);
    expect(await facilitator.db.notes.count()).toBe(0);
    expect(await facilitator.db.questions.count()).toBe(5);
    expect((await facilitator.db.themes.toArray()).map((t) => t.name)).toEqual(['Transport']);
    expect((await facilitator.db.projects.get(project.id))?.kinds).toHaveLength(5);
    // The facilitator can start work in the kit's project straight away.
    const session = await createSession(facilitator.runner, project.id, { title: 'Faith leaders' });
    await addNote(facilitator.runner, { sessionId: session.id, text: 'Hall available evenings' });
  });
});

describe('refused bundles change nothing', () => {
  it('on a wrong passphrase, a damaged zip or a newer format', async () => {
    const { a, project } = await facilitatorWithTwoSessions();
    const sealed = await exportBundle(
      a.runner,
      { kind: 'project', projectId: project.id },
      { deviceName: 'Ana', passphrase: 'lantern' },
    );
    const pmt = replica('pmt');
    expect(await errorCode(previewBundleImport(pmt.db, sealed.bytes))).toBe('passphrase-needed');
    expect(await errorCode(previewBundleImport(pmt.db, sealed.bytes, { passphrase: 'lamp' }))).toBe('wrong-passphrase');
    expect(await errorCode(previewBundleImport(pmt.db, sealed.bytes.slice(0, 200)))).toBe('damaged');
    const plain = await exportBundle(a.runner, { kind: 'project', projectId: project.id }, { deviceName: 'Ana' });
    const files = unzipSync(plain.bytes);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    const newer = zipSync({
      ...files,
      'manifest.json': new TextEncoder().encode(JSON.stringify({ ...manifest, version: '3.1' })),
    });
    expect(await errorCode(previewBundleImport(pmt.db, newer))).toBe('newer-version');
    expect(await storedHistory(pmt.db).count()).toBe(0);
    expect(await pmt.db.meta.count()).toBe(0);

    const preview = await previewBundleImport(pmt.db, sealed.bytes, { passphrase: 'lantern' });
    expect(preview.encrypted).toBe(true);
    await applyBundleImport(pmt.runner, preview);
    expect(await pmt.db.notes.count()).toBe(2);
  });

  it('a bundle that would remove most of a project needs confirming', async () => {
    const { a, project } = await facilitatorWithTwoSessions();
    const pmt = replica('pmt');
    await applyBundleImport(
      pmt.runner,
      await previewBundleImport(
        pmt.db,
        (await exportBundle(a.runner, { kind: 'project', projectId: project.id }, { deviceName: 'Ana' })).bytes,
      ),
    );
    await a.runner.run({ id: 'commands.deleteSession' }, async (ctx) => {
      for (const table of ['groups', 'questions', 'notes', 'sessions', 'themes'] as const) {
        for (const row of await ctx.db.table(table).toArray()) await ctx.remove(table, row.id);
      }
    });
    const preview = await previewBundleImport(
      pmt.db,
      (await exportBundle(a.runner, { kind: 'project', projectId: project.id }, { deviceName: 'Ana' })).bytes,
    );
    expect(preview.massDeletions).toHaveLength(1);
    expect((await applyBundleImport(pmt.runner, preview)).status).toBe('needs-confirmation');
    expect(await pmt.db.notes.filter((n) => !n.deleted).count()).toBe(2);
    expect((await applyBundleImport(pmt.runner, preview, { confirmRemovals: true })).status).toBe('applied');
    expect(await pmt.db.notes.filter((n) => !n.deleted).count()).toBe(0);
  });
});

describe('photos in bundles', () => {
  it('travel with their session, and a photo carrying GPS in a crafted bundle is refused with the reason', async () => {
    const { a, project, youth, seniors } = await facilitatorWithTwoSessions();
    const wall = jpegBytes([JFIF], 20_000);
    await addPhoto(a.runner, { sessionId: youth.id, bytes: wall, width: 1200, height: 900 });
    await addPhoto(a.runner, { sessionId: seniors.id, bytes: jpegBytes(), width: 800, height: 600 });
    const exported = await youthBundle(a, project.id, youth.id);
    const pmt = replica('pmt');
    const preview = await previewBundleImport(pmt.db, exported.bytes);
    expect(preview.summary[1]).toMatch(/1 photo/);
    await applyBundleImport(pmt.runner, preview);
    const photos = await pmt.db.photos.toArray();
    expect(photos.map((p) => [p.sessionId, p.data])).toEqual([[youth.id, bytesToBase64(wall)]]);

    const forged = jpegBytes([JFIF, EXIF_WITH_GPS]);
    // A bundle written by other software: well formed and signed, its photo still saying where it was taken.
    const changes = (await storedHistory(a.db).toArray()).map(({ published: _published, ...change }) =>
      change.table === 'photos' ? { ...change, fields: { ...change.fields, data: bytesToBase64(forged) } } : change,
    );
    const crafted = await createBundle({
      changes,
      scope: exported.scope,
      createdBy: { deviceId: await a.runner.deviceId(), deviceName: 'Other tool' },
      now: new Date().toISOString(),
    });
    const other = replica('other');
    const refused = await previewBundleImport(other.db, crafted);
    expect(refused.summary).toContain(
      'A photo in it will not be imported: the photo still carries EXIF metadata, which may say where it was taken.',
    );
    const inFrench = await previewBundleImport(other.db, crafted, { translator: translator('fr-CA') });
    expect(inFrench.refusedPhoto).toBe(
      'la photo porte encore des métadonnées EXIF, qui peuvent dire où elle a été prise',
    );
    await applyBundleImport(other.runner, refused);
    expect(await other.db.sessions.count()).toBe(2);
    expect(await other.db.photos.count()).toBe(0);
  });
});
