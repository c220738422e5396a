/**
 * Model-based property test of undo and redo (fast-check `commands`): random sequences of every command the app
 * has — notes, board, sessions, participants, guide, groups, kinds, findings, master themes, import, projects —
 * with undo, redo, erasures (erase a note, withdraw consent) and changes arriving from a second device (edits, new
 * notes, deletions, a withdrawal) in between, run on the real command runner over real (fake-indexeddb) stores.
 * After every step the store must equal what the reference model (undoModel.testkit.ts) predicts, the undo and
 * redo stacks must hold the same entries, and undo k times then redo k times must give back the same store.
 * After every erasure, no word the erased notes ever held is left in any table of either device.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_FLAGS } from '../../shared/domain/schemas';
import { PALETTE } from '../../shared/domain/palette';
import { rowKey } from '../../shared/sync/merge';
import { wireChange } from '../../shared/sync/segment';
import type { CommandRunner } from './commandRunner';
import * as board from './commands/board';
import * as findings from './commands/findings';
import * as guide from './commands/guide';
import * as notes from './commands/notes';
import * as projects from './commands/projects';
import * as sessions from './commands/sessions';
import { DataError } from './errors';
import { applyRemoteChanges } from './sync/applyChanges';
import { closeReplicas, createReplica, type Replica } from './sync/replica.testkit';
import {
  diffStates,
  forgetErased,
  notesNaming,
  observe,
  predictErasure,
  predictReplay,
  toPlain,
  track,
  type UndoModel,
} from './undoModel.testkit';
import { storedHistory } from './history/history.testkit';

interface Real {
  a: Replica;
  b: Replica;
  projectId: string;
  counter: number;
}

interface Args {
  picks: [number, number, number];
  text: string;
  n: number;
  flag: boolean;
}

const argsArb: fc.Arbitrary<Args> = fc.record({
  picks: fc.tuple(fc.nat(40), fc.nat(40), fc.nat(40)),
  text: fc.string({ minLength: 0, maxLength: 10 }),
  n: fc.nat(1000),
  flag: fc.boolean(),
});

/** A unique token per text: finding it anywhere after an erasure is a leak, and nothing else can contain it. */
function words(real: Real, x: Args): string {
  return `${x.text.trim() || 'said'} ⟦w${++real.counter}⟧`;
}
const name = (x: Args) => x.text.trim() || 'Name';
const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length ? list[i % list.length] : undefined);

type Live = Awaited<ReturnType<typeof liveOf>>;
async function liveOf(r: Replica, projectId: string) {
  const { db } = r;
  const inProject = async <T extends { id: string; deleted?: boolean; projectId: string }>(rows: T[]) =>
    rows.filter((row) => !row.deleted && row.projectId === projectId).sort((p, q) => (p.id < q.id ? -1 : 1));
  return {
    project: await db.projects.get(projectId),
    notes: await inProject(await db.notes.toArray()),
    sessions: await inProject(await db.sessions.toArray()),
    participants: await inProject(await db.participants.toArray()),
    themes: await inProject(await db.themes.toArray()),
    questions: await inProject(await db.questions.toArray()),
    groups: await inProject(await db.groups.toArray()),
    findings: await inProject(await db.findings.toArray()),
  };
}

/** Returns the command's promise, or a falsy value when there is nothing to run it on. */
type Op = (runner: CommandRunner, live: Live, x: Args, real: Real) => unknown;
const [p0, p1, p2] = [0, 1, 2] as const;

/** Every command the app can run, each with arguments picked from what exists (or nothing, which is refused). */
const LOCAL: Record<string, Op> = {
  addNote: (run, l, x, r) =>
    l.sessions[0] &&
    notes.addNote(run, {
      sessionId: pick(l.sessions, x.picks[p0])!.id,
      text: words(r, x),
      participantId: x.flag ? (pick(l.participants, x.picks[p1])?.id ?? null) : null,
    }),
  editNote: (run, l, x, r) => l.notes[0] && notes.editNote(run, pick(l.notes, x.picks[p0])!.id, { text: words(r, x) }),
  setSpeaker: (run, l, x) =>
    l.notes[0] &&
    notes.editNote(run, pick(l.notes, x.picks[p0])!.id, {
      participantId: x.flag ? (pick(l.participants, x.picks[p1])?.id ?? null) : null,
    }),
  toggleFlag: (run, l, x) =>
    l.notes[0] &&
    notes.toggleNoteFlag(
      run,
      pick(l.notes, x.picks[p0])!.id,
      (['sensitive', 'doNotQuote', 'culturalProtocol'] as const)[x.n % 3]!,
    ),
  deleteNote: (run, l, x) => l.notes[0] && notes.deleteNote(run, pick(l.notes, x.picks[p0])!.id),
  moveNotes: (run, l, x) =>
    l.notes[0] &&
    board.moveNotes(run, [
      { id: pick(l.notes, x.picks[p0])!.id, x: x.n, y: x.picks[p2] * 10, snap: x.flag && x.n % 2 === 0 },
    ]),
  assignTheme: (run, l, x) =>
    l.notes[0] &&
    board.assignTheme(
      run,
      [pick(l.notes, x.picks[p0])!.id, pick(l.notes, x.picks[p2])!.id],
      x.flag ? (pick(l.themes, x.picks[p1])?.id ?? null) : null,
    ),
  createTheme: (run, l, x) =>
    board.createTheme(run, {
      projectId: l.project!.id,
      sessionId: x.flag ? (pick(l.sessions, x.picks[p0])?.id ?? null) : null,
      name: name(x),
      noteIds: l.notes.length ? [pick(l.notes, x.picks[p1])!.id] : [],
    }),
  renameTheme: (run, l, x) => l.themes[0] && board.renameTheme(run, pick(l.themes, x.picks[p0])!.id, name(x)),
  recolourTheme: (run, l, x) =>
    l.themes[0] && board.recolourTheme(run, pick(l.themes, x.picks[p0])!.id, pick(PALETTE, x.n)!),
  describeTheme: (run, l, x, r) =>
    l.themes[0] && board.describeTheme(run, pick(l.themes, x.picks[p0])!.id, words(r, x)),
  setThemeFrame: (run, l, x) =>
    l.themes[0] &&
    board.setThemeFrame(
      run,
      pick(l.themes, x.picks[p0])!.id,
      x.flag ? { x: x.n, y: x.picks[p1], w: 100 + x.picks[p2], h: 80 } : null,
    ),
  mergeThemes: (run, l, x) =>
    l.themes.length > 1 && board.mergeThemes(run, pick(l.themes, x.picks[p0])!.id, [pick(l.themes, x.picks[p1])!.id]),
  splitTheme: (run, l, x) =>
    l.themes[0] &&
    l.notes[0] &&
    board.splitTheme(run, pick(l.themes, x.picks[p0])!.id, [pick(l.notes, x.picks[p1])!.id], name(x)),
  nestTheme: (run, l, x) =>
    l.themes[0] &&
    board.nestTheme(run, pick(l.themes, x.picks[p0])!.id, x.flag ? pick(l.themes, x.picks[p1])!.id : null),
  deleteTheme: (run, l, x) => l.themes[0] && board.deleteTheme(run, pick(l.themes, x.picks[p0])!.id),
  setThemeVotes: (run, l, x) => l.themes[0] && board.setThemeVotes(run, pick(l.themes, x.picks[p0])!.id, x.n % 9),
  acceptSuggestion: (run, l, x) =>
    l.notes[0] &&
    board.acceptSuggestion(run, {
      projectId: l.project!.id,
      sessionId: pick(l.sessions, x.picks[p0])?.id ?? null,
      label: name(x),
      noteIds: [pick(l.notes, x.picks[p1])!.id, pick(l.notes, x.picks[p2])!.id],
    }),
  createSession: (run, l, x) => sessions.createSession(run, l.project!.id, { title: name(x) }),
  updateSession: (run, l, x, r) =>
    l.sessions[0] && sessions.updateSession(run, pick(l.sessions, x.picks[p0])!.id, { location: words(r, x) }),
  setSessionStatus: (run, l, x) =>
    l.sessions[0] &&
    sessions.setSessionStatus(
      run,
      pick(l.sessions, x.picks[p0])!.id,
      (['planned', 'running', 'closed'] as const)[x.n % 3]!,
    ),
  deleteSession: (run, l, x) => l.sessions[0] && sessions.deleteSession(run, pick(l.sessions, x.picks[p0])!.id),
  addParticipant: (run, l, x, r) =>
    l.sessions[0] &&
    sessions.addParticipant(run, pick(l.sessions, x.picks[p0])!.id, { attributes: { ageBand: words(r, x) } }),
  updateParticipant: (run, l, x, r) =>
    l.participants[0] &&
    sessions.updateParticipant(
      run,
      pick(l.participants, x.picks[p0])!.id,
      x.flag ? { consent: x.n % 2 ? 'pending' : 'given' } : { attributes: { ageBand: words(r, x) } },
    ),
  addQuestion: (run, l, x, r) => guide.addQuestion(run, l.project!.id, { text: words(r, x) }),
  editQuestion: (run, l, x, r) =>
    l.questions[0] && guide.editQuestion(run, pick(l.questions, x.picks[p0])!.id, { text: words(r, x) }),
  moveQuestion: (run, l, x) =>
    l.questions[0] && guide.moveQuestion(run, pick(l.questions, x.picks[p0])!.id, x.flag ? 1 : -1),
  deleteQuestion: (run, l, x) => l.questions[0] && guide.deleteQuestion(run, pick(l.questions, x.picks[p0])!.id),
  addGroup: (run, l, x) => guide.addGroup(run, l.project!.id, { name: name(x), color: pick(PALETTE, x.n)! }),
  editGroup: (run, l, x) => l.groups[0] && guide.editGroup(run, pick(l.groups, x.picks[p0])!.id, { name: name(x) }),
  deleteGroup: (run, l, x) => l.groups[0] && guide.deleteGroup(run, pick(l.groups, x.picks[p0])!.id),
  updateProject: (run, l, x, r) => projects.updateProject(run, l.project!.id, { description: words(r, x) }),
  addKind: (run, l, x) =>
    projects.addKind(run, l.project!.id, { name: name(x), color: pick(PALETTE, x.n)!, description: '' }),
  updateKind: (run, l, x) =>
    l.project!.kinds[0] &&
    projects.updateKind(run, l.project!.id, pick(l.project!.kinds, x.picks[p0])!.id, { name: name(x) }),
  removeKind: (run, l, x) =>
    l.project!.kinds[0] && projects.removeKind(run, l.project!.id, pick(l.project!.kinds, x.picks[p0])!.id),
  moveKind: (run, l, x) =>
    l.project!.kinds[0] &&
    projects.moveKind(run, l.project!.id, pick(l.project!.kinds, x.picks[p0])!.id, x.flag ? 1 : -1),
  createFinding: (run, l, x, r) =>
    findings.createFinding(run, l.project!.id, {
      statement: words(r, x),
      themeIds: l.themes.length ? [pick(l.themes, x.picks[p0])!.id] : [],
      evidenceNoteIds: l.notes.length ? [pick(l.notes, x.picks[p1])!.id] : [],
    }),
  updateFinding: (run, l, x, r) =>
    l.findings[0] &&
    findings.updateFinding(run, pick(l.findings, x.picks[p0])!.id, { statement: words(r, x), priority: x.n % 5 }),
  deleteFinding: (run, l, x) => l.findings[0] && findings.deleteFinding(run, pick(l.findings, x.picks[p0])!.id),
  createMasterTheme: (run, l, x) => findings.createMasterTheme(run, l.project!.id, { name: `${name(x)} ${x.n}` }),
  mapThemeToMaster: (run, l, x) => {
    const theme = pick(l.themes, x.picks[p0]);
    const master = pick(
      l.themes.filter((t) => t.sessionId === null && t.id !== theme?.id),
      x.picks[p1],
    );
    const target = !x.flag ? null : master ? { masterThemeId: master.id } : { newMaster: { name: `M ${x.n}` } };
    return theme && findings.mapThemeToMaster(run, l.project!.id, [theme.id], target);
  },
  importNotes: (run, l, x, r) =>
    l.sessions[0] &&
    findings.importNotes(run, {
      projectId: l.project!.id,
      sessions: [],
      participants: [],
      notes: [
        {
          sessionId: pick(l.sessions, x.picks[p0])!.id,
          questionId: null,
          participantId: x.flag ? (pick(l.participants, x.picks[p1])?.id ?? null) : null,
          kind: null,
          text: words(r, x),
          flags: { ...NO_FLAGS },
        },
      ],
    }),
  createProject: (run, _l, x) => projects.createProject(run, { name: name(x), templateId: 'community-safety-plan' }),
};

type Cmd = fc.AsyncCommand<UndoModel, Real>;

async function expectInStep(m: UndoModel, r: Real): Promise<void> {
  expect(toPlain(await observe(r.a.db))).toEqual(toPlain(m.state));
  expect(r.a.runner.history()).toEqual({ undo: m.undo.map((e) => e.label), redo: m.redo.map((e) => e.label) });
}

/** No word a note or participant ever held may be in any table of either device once it is erased. */
async function expectErased(m: UndoModel, r: Real, ids: readonly string[]): Promise<void> {
  const tokens = ids.flatMap((id) => [...(m.texts.get(id) ?? [])].flatMap((text) => text.match(/⟦w\d+⟧/g) ?? []));
  for (const device of [r.a, r.b]) {
    const dump = JSON.stringify(await Promise.all(device.db.tables.map((table) => table.toArray())));
    expect(
      tokens.filter((token) => dump.includes(token)),
      `left on ${device.name}`,
    ).toEqual([]);
  }
}

async function deliver(from: Replica, to: Replica): Promise<void> {
  const changes = (await storedHistory(from.db).toArray()).map(wireChange);
  const report = await applyRemoteChanges(to.db, changes, {
    published: 1,
    allowMassDeletion: true,
    now: () => to.time.now,
  });
  expect(report.status).toBe('applied');
}

class Local implements Cmd {
  constructor(
    readonly op: string,
    readonly x: Args,
  ) {}
  check = () => true;
  async run(m: UndoModel, r: Real): Promise<void> {
    r.a.time.now += 1000;
    let refused = false;
    try {
      await LOCAL[this.op]!(r.a.runner, await liveOf(r.a, r.projectId), this.x, r);
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
      refused = true;
    }
    const after = await observe(r.a.db);
    const steps = diffStates(m.state, after);
    if (refused) expect(steps.size, 'a refused command changes nothing').toBe(0);
    if (steps.size) {
      m.undo.push({ label: r.a.runner.history().undo.at(-1)!, steps });
      m.redo = [];
    }
    m.state = after;
    track(m, after);
    await expectInStep(m, r);
  }
  toString = () => `${this.op}(${JSON.stringify(this.x)})`;
}

async function replayStep(m: UndoModel, r: Real, verb: 'undo' | 'redo'): Promise<void> {
  const [from, to] = verb === 'undo' ? [m.undo, m.redo] : [m.redo, m.undo];
  const entry = from.at(-1);
  r.a.time.now += 1000;
  const label = await r.a.runner[verb]();
  if (!entry) return expect(label).toBeNull();
  expect(label).toEqual(entry.label);
  from.pop();
  const predicted = predictReplay(m.state, entry);
  to.push(predicted.inverse);
  m.state = predicted.state;
  await expectInStep(m, r);
}

class Replay implements Cmd {
  constructor(readonly verb: 'undo' | 'redo') {}
  check = () => true;
  run = (m: UndoModel, r: Real) => replayStep(m, r, this.verb);
  toString = () => this.verb;
}

/** Undo k times then redo k times: the store and both stacks are back where they were. */
class RoundTrip implements Cmd {
  constructor(readonly k: number) {}
  check = () => true;
  async run(m: UndoModel, r: Real): Promise<void> {
    const before = toPlain(await observe(r.a.db));
    const stacks = r.a.runner.history();
    const k = Math.min(this.k, m.undo.length);
    for (let i = 0; i < k; i++) await replayStep(m, r, 'undo');
    for (let i = 0; i < k; i++) await replayStep(m, r, 'redo');
    expect(toPlain(await observe(r.a.db))).toEqual(before);
    expect(r.a.runner.history()).toEqual(stacks);
  }
  toString = () => `roundTrip(${this.k})`;
}

/** Erase on this device: the erased records leave the store's content and both stacks; no entry is added. */
async function afterErasure(m: UndoModel, r: Real, noteIds: string[], participantId: string | null) {
  const observed = await observe(r.a.db);
  expect(toPlain(observed)).toEqual(toPlain(predictErasure(m.state, observed, noteIds, participantId)));
  const keys = new Set(noteIds.map((id) => rowKey('notes', id)));
  if (participantId) keys.add(rowKey('participants', participantId));
  forgetErased(m, keys);
  m.state = observed;
  await expectInStep(m, r);
  await deliver(r.a, r.b); // the other device syncs: it must erase the same words
  await expectErased(m, r, participantId ? [...noteIds, participantId] : noteIds);
}

class Erase implements Cmd {
  constructor(
    readonly what: 'note' | 'participant',
    readonly i: number,
  ) {}
  check = () => true;
  async run(m: UndoModel, r: Real): Promise<void> {
    r.a.time.now += 1000;
    const live = await liveOf(r.a, r.projectId);
    if (this.what === 'note') {
      const note = pick(live.notes, this.i);
      if (!note) return;
      await notes.eraseNote(r.a.runner, note.id);
      return afterErasure(m, r, [note.id], null);
    }
    const participant = pick(
      live.participants.filter((p) => p.consent !== 'withdrawn'),
      this.i,
    );
    if (!participant) return;
    await sessions.withdrawConsent(r.a.runner, participant.id);
    await afterErasure(m, r, notesNaming(m, participant.id), participant.id);
  }
  toString = () => `erase(${this.what}, ${this.i})`;
}

/** The other device, ahead in time, edits (or withdraws) and its changes arrive here between our commands. */
class Remote implements Cmd {
  constructor(
    readonly kind: 'text' | 'flag' | 'move' | 'delete' | 'add' | 'theme' | 'withdraw',
    readonly x: Args,
  ) {}
  check = () => true;
  async run(m: UndoModel, r: Real): Promise<void> {
    await deliver(r.a, r.b);
    r.b.time.now = Math.max(r.a.time.now, r.b.time.now) + 5000;
    const known = new Set(await storedHistory(r.b.db).toCollection().primaryKeys());
    const live = await liveOf(r.b, r.projectId);
    const note = pick(live.notes, this.x.picks[p0]);
    const run = r.b.runner;
    let withdrawn: string | null = null;
    try {
      if (this.kind === 'text' && note) await notes.editNote(run, note.id, { text: words(r, this.x) });
      if (this.kind === 'flag' && note) await notes.toggleNoteFlag(run, note.id, 'sensitive');
      if (this.kind === 'move' && note) await board.moveNotes(run, [{ id: note.id, x: this.x.n, y: 7 }]);
      if (this.kind === 'delete' && note) await notes.deleteNote(run, note.id);
      if (this.kind === 'theme' && live.themes[0])
        await board.renameTheme(run, pick(live.themes, this.x.picks[p1])!.id, name(this.x));
      if (this.kind === 'add' && live.sessions[0])
        await notes.addNote(run, { sessionId: pick(live.sessions, this.x.picks[p1])!.id, text: words(r, this.x) });
      if (this.kind === 'withdraw') {
        const participant = pick(
          live.participants.filter((p) => p.consent !== 'withdrawn'),
          this.x.picks[p2],
        );
        if (participant) await sessions.withdrawConsent(run, (withdrawn = participant.id));
      }
    } catch (error) {
      if (!(error instanceof DataError)) throw error;
    }
    const fresh = (await storedHistory(r.b.db).toArray())
      .filter((c) => !known.has(c.hlc))
      .sort((p, q) => (p.hlc < q.hlc ? -1 : 1));
    await deliver(r.b, r.a);
    r.a.time.now = r.b.time.now + 1000;
    if (withdrawn) return afterErasure(m, r, notesNaming(m, withdrawn), withdrawn);
    // Newer than anything here, the other device's values win field by field; nothing else changes.
    const predicted = new Map([...m.state].map(([key, row]) => [key, structuredClone(row)]));
    for (const change of fresh) {
      const key = rowKey(change.table, change.rowId);
      const { updatedAt: _ignored, ...fields } = change.fields;
      predicted.set(key, { ...(predicted.get(key) ?? { id: change.rowId }), ...structuredClone(fields) });
    }
    const observed = await observe(r.a.db);
    expect(toPlain(observed)).toEqual(toPlain(predicted));
    m.state = observed;
    track(m, observed);
    await expectInStep(m, r);
  }
  toString = () => `remote(${this.kind}, ${JSON.stringify(this.x)})`;
}

const commandArb = fc.oneof(
  {
    weight: 12,
    arbitrary: fc.tuple(fc.constantFrom(...Object.keys(LOCAL)), argsArb).map(([op, x]) => new Local(op, x)),
  },
  { weight: 5, arbitrary: fc.constantFrom('undo' as const, 'redo' as const).map((verb) => new Replay(verb)) },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 6 }).map((k) => new RoundTrip(k)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('note' as const, 'participant' as const), fc.nat(40))
      .map(([w, i]) => new Erase(w, i)),
  },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom('text', 'flag', 'move', 'delete', 'add', 'theme', 'withdraw'), argsArb)
      .map(([kind, x]) => new Remote(kind as Remote['kind'], x)),
  },
) as fc.Arbitrary<Cmd>;

const replicas: Replica[] = [];
afterEach(async () => closeReplicas(...replicas.splice(0)));

/** Run a set-up command and give the model its entry, the same way `Local` does. */
async function recorded<T>(m: UndoModel, r: Replica, command: () => Promise<T>): Promise<T> {
  const result = await command();
  const after = await observe(r.db);
  m.undo.push({ label: r.runner.history().undo.at(-1)!, steps: diffStates(m.state, after) });
  m.state = after;
  return result;
}

async function setUp(): Promise<{ model: UndoModel; real: Real }> {
  const a = createReplica('a');
  const b = createReplica('b', Date.parse('2026-03-01T09:00:30Z'));
  replicas.push(a, b);
  const model: UndoModel = {
    state: new Map(),
    undo: [],
    redo: [],
    named: new Map(),
    withdrawn: new Set(),
    texts: new Map(),
  };
  const project = await recorded(model, a, () =>
    projects.createProject(a.runner, { name: 'Model', templateId: 'community-safety-plan' }),
  );
  const real: Real = { a, b, projectId: project.id, counter: 0 };
  const session = await recorded(model, a, () => sessions.createSession(a.runner, project.id, { title: 'First' }));
  for (const code of ['P1', 'P2']) {
    const ageBand = `⟦w${++real.counter}⟧`;
    await recorded(model, a, () => sessions.addParticipant(a.runner, session.id, { code, attributes: { ageBand } }));
  }
  const [p1] = await a.db.participants.toArray();
  const noteIds: string[] = [];
  for (const participantId of [null, p1!.id, p1!.id]) {
    const text = `first ⟦w${++real.counter}⟧`;
    const note = await recorded(model, a, () =>
      notes.addNote(a.runner, { sessionId: session.id, text, participantId }),
    );
    noteIds.push(note.id);
  }
  // Something on the board and in the findings, so their commands have material from the start.
  await recorded(model, a, () =>
    board.createTheme(a.runner, { projectId: project.id, sessionId: session.id, name: 'Lights', noteIds }),
  );
  await recorded(model, a, () =>
    board.createTheme(a.runner, { projectId: project.id, sessionId: session.id, name: 'Buses' }),
  );
  await recorded(model, a, () => findings.createMasterTheme(a.runner, project.id, { name: 'Safety' }));
  await recorded(model, a, () => findings.createFinding(a.runner, project.id, { statement: `⟦w${++real.counter}⟧` }));
  await deliver(a, b);
  track(model, model.state);
  return { model, real };
}

describe('undo and redo (model-based)', () => {
  it('match the model for every command, with erasures and another device’s changes in between', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands([commandArb], { maxCommands: 40, size: 'medium' }), async (cmds) => {
        const { model, real } = await setUp();
        try {
          await fc.asyncModelRun(() => ({ model, real }), cmds);
        } finally {
          await closeReplicas(...replicas.splice(0));
        }
      }),
      // Bounded so the whole suite stays quick; raise locally when changing the runner (100 runs: about a minute).
      { numRuns: 30 },
    );
  }, 120_000);
});
