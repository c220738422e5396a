/**
 * Snapshots for the findings and export tests and the benchmark: a small, hand-written Community Safety Plan
 * project whose every number the tests can reason about, and a generator for big projects.
 */
import type {
  Finding,
  Note,
  Participant,
  Project,
  Question,
  Session,
  StakeholderGroup,
  Theme,
} from '../../shared/domain/schemas';
import type { FindingsSnapshot } from '../../shared/findings/snapshot';
import { COMMUNITY_SAFETY_PLAN } from '../../shared/templates/communitySafetyPlan';

export const NOW = '2025-03-01T12:00:00.000Z';
const T = '2025-02-01T10:00:00.000Z';

/** A valid UUID v4 from a counter, readable in failures: 00000000-0000-4000-8000-00000000002a. */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

let counter = 0;
const next = (): string => uuid(++counter);

const base = (projectId: string) => ({ projectId, createdAt: T, updatedAt: T, deleted: false });

export function project(id = uuid(1)): Project {
  return {
    id,
    createdAt: T,
    updatedAt: T,
    deleted: false,
    name: 'Riverside Community Safety Plan',
    description: 'Focus groups for the 2025 Community Safety and Well-being Plan.',
    kinds: COMMUNITY_SAFETY_PLAN.kinds,
    templateId: COMMUNITY_SAFETY_PLAN.id,
    archived: false,
    defaults: { speakerPrefix: 'P', timeboxMinutes: null },
  };
}

export function group(projectId: string, name: string, order: number, id = next()): StakeholderGroup {
  return { ...base(projectId), id, name, color: '#2563EB', order };
}

export function question(projectId: string, text: string, order: number, id = next()): Question {
  return { ...base(projectId), id, text, order, timeboxMinutes: null };
}

export function session(
  projectId: string,
  title: string,
  groupId: string | null,
  extra: Partial<Session> = {},
  id = next(),
): Session {
  return {
    ...base(projectId),
    id,
    title,
    groupId,
    date: '2025-02-10',
    location: 'Riverside Library, Room B',
    facilitator: 'Quentin Facilitatorson',
    noteTaker: 'Wilhelmina Notetaker',
    attendance: 8,
    consent: { method: 'verbal', recordedBy: 'Wilhelmina Notetaker', notes: '' },
    status: 'closed',
    startedAt: null,
    endedAt: null,
    deviceId: 'ABCDEF0123456789',
    community: null,
    communityApproval: null,
    communityTally: null,
    ...extra,
  };
}

export function participant(
  projectId: string,
  sessionId: string,
  code: string,
  extra: Partial<Participant> = {},
  id = next(),
): Participant {
  return { ...base(projectId), id, sessionId, code, attributes: {}, consent: 'given', ...extra };
}

export function theme(projectId: string, name: string, extra: Partial<Theme> = {}, id = next()): Theme {
  return {
    ...base(projectId),
    id,
    name,
    description: '',
    color: '#0F766E',
    parentId: null,
    sessionId: null,
    frame: null,
    masterThemeId: null,
    origin: 'manual',
    votes: 0,
    ...extra,
  };
}

export function note(projectId: string, sessionId: string, text: string, extra: Partial<Note> = {}, id = next()): Note {
  return {
    ...base(projectId),
    id,
    sessionId,
    questionId: null,
    participantId: null,
    kind: null,
    text,
    flags: { sensitive: false, doNotQuote: false, culturalProtocol: false },
    themeId: null,
    linkedThemeIds: [],
    x: 0,
    y: 0,
    color: null,
    votes: 0,
    ...extra,
  };
}

export function finding(projectId: string, extra: Partial<Finding> = {}, id = next()): Finding {
  return {
    ...base(projectId),
    id,
    statement: '',
    themeIds: [],
    evidenceNoteIds: [],
    quoteNoteIds: [],
    kind: null,
    priority: null,
    actions: [],
    measures: [],
    response: null,
    ...extra,
  };
}

/** Texts the do-not-quote, sensitive and cultural-protocol notes carry, so tests can search every export for them. */
export const SECRET = {
  doNotQuote: 'My neighbour sells pills from the blue house by the school gate',
  sensitive: 'I was assaulted at the transit hub last winter and never reported it',
  cultural: 'The teachings shared at the lodge are for community members only',
};

export interface SmallProject {
  snapshot: FindingsSnapshot;
  ids: {
    youth: string;
    seniors: string;
    business: string;
    faith: string;
    youthSession: string;
    seniorsSession: string;
    businessPlanned: string;
    lighting: string;
    transit: string;
    youthSpaces: string;
    masterSafety: string;
    masterServices: string;
    doNotQuoteNote: string;
    sensitiveNote: string;
    culturalNote: string;
    formulaNote: string;
    piiNote: string;
    p1: string;
    withdrawnParticipant: string;
    withdrawnNote: string;
  };
}

/**
 * Four groups: Youth and Seniors heard (one closed session each), Business with only a planned session, Faith with
 * none. Three board themes (two mapped to master "Safe streets", one to "Services"), flagged notes of every kind, a
 * note that looks like a formula, one with personal information, and a participant who withdrew consent.
 */
export function smallProject(): SmallProject {
  counter = 100;
  const p = project();
  const pid = p.id;
  const youth = group(pid, 'Youth', 1);
  const seniors = group(pid, 'Seniors', 2);
  const business = group(pid, 'Business', 3);
  const faith = group(pid, 'Faith groups', 4);
  const q1 = question(pid, 'What are the biggest safety issues where you live?', 1);
  const q2 = question(pid, 'What could the city do differently?', 2);
  const youthSession = session(pid, 'Youth focus group', youth.id, { attendance: 12 });
  const seniorsSession = session(pid, 'Seniors focus group', seniors.id, { attendance: 9, date: '2025-02-12' });
  const businessPlanned = session(pid, 'Business breakfast', business.id, {
    status: 'planned',
    attendance: null,
    date: '2025-03-20',
  });
  const masterSafety = theme(pid, 'Safe streets', {
    origin: 'master',
    description: 'Lighting, traffic and feeling safe outdoors.',
  });
  const masterServices = theme(pid, 'Services and supports', { origin: 'master' });
  const lighting = theme(pid, 'Street lighting', {
    sessionId: youthSession.id,
    masterThemeId: masterSafety.id,
    votes: 5,
  });
  const transit = theme(pid, 'Transit safety', {
    sessionId: seniorsSession.id,
    masterThemeId: masterSafety.id,
    votes: 2,
  });
  const youthSpaces = theme(pid, 'Places for youth', {
    sessionId: youthSession.id,
    votes: 1,
    description: 'Somewhere to go after school.',
  });
  const p1 = participant(pid, youthSession.id, 'P1', { attributes: { 'Age band': '16-18' } });
  const p2 = participant(pid, youthSession.id, 'P2');
  const s1 = participant(pid, seniorsSession.id, 'P1', { attributes: { 'Age band': '75+' } });
  const withdrawnParticipant = participant(pid, seniorsSession.id, 'P2', { consent: 'withdrawn' });
  const flags = (f: Partial<Note['flags']>) => ({ sensitive: false, doNotQuote: false, culturalProtocol: false, ...f });
  const notes: Note[] = [
    note(pid, youthSession.id, 'The park paths are completely dark after 6pm in winter', {
      themeId: lighting.id,
      participantId: p1.id,
      questionId: q1.id,
      kind: 'issue',
      votes: 3,
    }),
    note(pid, youthSession.id, 'Broken lights under the rail bridge make us take the long way home', {
      themeId: lighting.id,
      participantId: p2.id,
      questionId: q1.id,
      kind: 'risk',
    }),
    note(pid, youthSession.id, SECRET.doNotQuote, {
      themeId: lighting.id,
      participantId: p2.id,
      questionId: q1.id,
      kind: 'issue',
      votes: 9,
      flags: flags({ doNotQuote: true }),
    }),
    note(pid, youthSession.id, 'Put motion lights along the river trail and fix them within a week', {
      themeId: lighting.id,
      participantId: p1.id,
      questionId: q2.id,
      kind: 'idea',
    }),
    note(pid, youthSession.id, 'Keep the youth centre open on Friday and Saturday nights', {
      themeId: youthSpaces.id,
      participantId: p1.id,
      questionId: q2.id,
      kind: 'idea',
      votes: 2,
    }),
    note(pid, youthSession.id, SECRET.sensitive, {
      themeId: youthSpaces.id,
      participantId: p2.id,
      questionId: q1.id,
      kind: 'issue',
      flags: flags({ sensitive: true }),
    }),
    note(pid, youthSession.id, '=HYPERLINK("http://evil.example","click") is what someone typed', {
      themeId: youthSpaces.id,
      questionId: q1.id,
      kind: 'issue',
    }),
    note(
      pid,
      youthSession.id,
      'Call Maria Gonzalez at 613-555-0123 or maria.g@example.org, she lives at 42 Elm Street, K1A 0B1',
      { questionId: q1.id, kind: 'asset' },
    ),
    note(pid, seniorsSession.id, 'The bus shelter on King Street has no light and no bench', {
      themeId: transit.id,
      participantId: s1.id,
      questionId: q1.id,
      kind: 'issue',
      votes: 1,
    }),
    note(pid, seniorsSession.id, 'Drivers do not stop for us at the crosswalk by the clinic', {
      themeId: transit.id,
      participantId: s1.id,
      questionId: q1.id,
      kind: 'risk',
    }),
    note(pid, seniorsSession.id, SECRET.cultural, {
      themeId: transit.id,
      questionId: q1.id,
      kind: 'asset',
      flags: flags({ culturalProtocol: true }),
    }),
    note(pid, seniorsSession.id, 'Fewer falls reported at the seniors centre each year', {
      themeId: transit.id,
      questionId: q2.id,
      kind: 'measure',
    }),
    note(pid, seniorsSession.id, 'I do not want this recorded anywhere', {
      participantId: withdrawnParticipant.id,
      themeId: transit.id,
      questionId: q1.id,
      kind: 'issue',
    }),
  ];
  const [n0, , doNotQuoteNote, n3, , sensitiveNote, formulaNote, piiNote, n8, , culturalNote] = notes;
  const findings: Finding[] = [
    finding(pid, {
      statement: 'Poor lighting keeps young people and seniors off paths and transit after dark.',
      themeIds: [lighting.id, transit.id],
      evidenceNoteIds: [n0!.id, doNotQuoteNote!.id, n3!.id, n8!.id],
      // The user tried to quote the do-not-quote note: it must still never appear as a quote.
      quoteNoteIds: [doNotQuoteNote!.id, n0!.id],
      kind: 'issue',
      priority: 1,
      actions: [
        {
          text: 'Audit lighting on park paths and the river trail',
          lead: 'Parks and recreation',
          partners: ['Police service', 'Hydro utility'],
          timeframe: 'short',
        },
      ],
      measures: [
        {
          text: 'Share of residents who feel safe walking after dark',
          baseline: '41% (2024 survey)',
          target: '60% by 2028',
          dataSource: 'Resident safety survey',
        },
      ],
      response: {
        status: 'adopted',
        reason: 'Lighting was raised by most groups; council funded the audit in next year’s budget.',
        outcome: 'Audit lighting on park paths and the river trail',
        recordedBy: 'Sam (PMT)',
        recordedAt: NOW,
      },
    }),
  ];
  return {
    snapshot: {
      project: p,
      groups: [youth, seniors, business, faith],
      questions: [q1, q2],
      sessions: [youthSession, seniorsSession, businessPlanned],
      participants: [p1, p2, s1, withdrawnParticipant],
      notes,
      themes: [masterSafety, masterServices, lighting, transit, youthSpaces],
      findings,
      mappingLog: [{ themeId: lighting.id, masterThemeId: masterSafety.id, by: 'PMT lead', at: NOW }],
    },
    ids: {
      youth: youth.id,
      seniors: seniors.id,
      business: business.id,
      faith: faith.id,
      youthSession: youthSession.id,
      seniorsSession: seniorsSession.id,
      businessPlanned: businessPlanned.id,
      lighting: lighting.id,
      transit: transit.id,
      youthSpaces: youthSpaces.id,
      masterSafety: masterSafety.id,
      masterServices: masterServices.id,
      doNotQuoteNote: doNotQuoteNote!.id,
      sensitiveNote: sensitiveNote!.id,
      culturalNote: culturalNote!.id,
      formulaNote: formulaNote!.id,
      piiNote: piiNote!.id,
      p1: p1.id,
      withdrawnParticipant: withdrawnParticipant.id,
      withdrawnNote: notes[12]!.id,
    },
  };
}

const WORDS =
  'safety lighting transit bus park youth seniors housing rent food bank clinic police trust traffic crosswalk school library shelter winter night drugs noise parking program volunteer church mosque centre'.split(
    ' ',
  );

/**
 * A big project: `noteCount` notes over `themeCount` themes, 7 groups, 40 sessions, deterministic. Note texts come
 * from `texts` in turn when given (real comments, for realistic scan timings), otherwise from a word list.
 */
export function bigProject(noteCount: number, themeCount: number, texts: readonly string[] = []): FindingsSnapshot {
  counter = 1_000_000;
  let seed = 42;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const p = project(uuid(999_999));
  const pid = p.id;
  const groups = COMMUNITY_SAFETY_PLAN.groups.map((g, i) => group(pid, g.name, i));
  const questions = COMMUNITY_SAFETY_PLAN.questions.map((q, i) => question(pid, q.text, i));
  const sessions = Array.from({ length: 40 }, (_, i) =>
    session(pid, `Session ${i + 1}`, groups[i % groups.length]!.id),
  );
  const participants = sessions.flatMap((s) =>
    Array.from({ length: 8 }, (_, i) => participant(pid, s.id, `P${i + 1}`)),
  );
  const masters = Array.from({ length: Math.ceil(themeCount / 10) }, (_, i) =>
    theme(pid, `Master ${i + 1} ${pick(WORDS)}`, { origin: 'master' }),
  );
  const board = Array.from({ length: themeCount - masters.length }, (_, i) =>
    theme(pid, `${pick(WORDS)} ${pick(WORDS)} ${i + 1}`, {
      sessionId: pick(sessions).id,
      masterThemeId: pick(masters).id,
      votes: Math.floor(random() * 5),
    }),
  );
  const kinds = p.kinds.map((k) => k.id);
  const notes = Array.from({ length: noteCount }, (_, i) => {
    const s = pick(sessions);
    const words = Array.from({ length: 6 + Math.floor(random() * 14) }, () => pick(WORDS)).join(' ');
    const text = texts.length ? texts[i % texts.length]! : `${words[0]!.toUpperCase()}${words.slice(1)}.`;
    return note(pid, s.id, `${i % 97 === 0 ? '=' : ''}${text}`, {
      themeId: pick(board).id,
      participantId: pick(participants.filter((x) => x.sessionId === s.id)).id,
      questionId: pick(questions).id,
      kind: pick(kinds),
      votes: random() < 0.1 ? 1 : 0,
      flags: { sensitive: random() < 0.02, doNotQuote: random() < 0.05, culturalProtocol: false },
    });
  });
  return { project: p, groups, questions, sessions, participants, notes, themes: [...masters, ...board], findings: [] };
}
