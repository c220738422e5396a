import { describe, expect, it } from 'vitest';
import { testWordTable } from '../../tests/support/wordTable';
import { embedNotes } from './embed';
import { clusterNotes, indexNotes, similarNotes, suggestThemes } from './index';
import { maskPersonal } from './personal';
import { tokeniseNotes } from './tokenize';

const table = testWordTable();
const notes = (texts: string[]) => texts.map((text, i) => ({ id: `n${i + 1}`, text }));
const cosine = (v: Float64Array, dims: number, a: number, b: number) => {
  let dot = 0;
  for (let d = 0; d < dims; d++) dot += v[a * dims + d]! * v[b * dims + d]!;
  return dot;
};

describe('note vectors by meaning', () => {
  it('puts "bus" closer to "transit" than to "pancake", though they share no words', () => {
    const texts = [
      'bus',
      'transit',
      'pancake',
      'the buses are late',
      'public transport is slow',
      'pancakes for breakfast',
    ];
    const { words } = tokeniseNotes(texts);
    const { vectors, dims, covered } = embedNotes(words, table);
    expect([...covered]).toEqual([1, 1, 1, 1, 1, 1]);
    expect(cosine(vectors, dims, 0, 1)).toBeGreaterThan(cosine(vectors, dims, 0, 2) + 0.1);
    expect(cosine(vectors, dims, 3, 4)).toBeGreaterThan(cosine(vectors, dims, 3, 5));
  });

  it('gives notes in another language no meaning vector, and groups them by their words', () => {
    const texts = [
      'Le café du marché ferme trop tôt',
      'El autobús no pasa por la noche',
      'The bus never comes at night',
    ];
    const { words, foreign } = tokeniseNotes(texts);
    expect([...foreign]).toEqual([1, 1, 0]);
    const { covered } = embedNotes(
      words,
      table,
      undefined,
      undefined,
      Uint8Array.from(foreign, (f) => 1 - f),
    );
    expect([...covered]).toEqual([0, 0, 1]);
    const french = notes([
      'Le café du marché ferme trop tôt',
      'Plus de bancs au marché et au café',
      'Le marché est sale',
    ]);
    const result = clusterNotes(french, { wordTable: table });
    expect(result.diagnostics.meaning).toBe(false);
  });

  it('groups notes that mean the same in other words', () => {
    const input = notes([
      'The bus never comes on time',
      'Public transit is unreliable',
      'Trains and buses are always late',
      'More frequent transit service please',
      'Playground equipment is broken',
      'The swings in the park are damaged',
      'Kids need a safer playground',
      'Fix the broken slide at the park',
    ]);
    const result = clusterNotes(input, { wordTable: table, k: 2 });
    const byNote = new Map(result.clusters.flatMap((c) => c.noteIds.map((id) => [id, c.id])));
    expect(new Set(['n1', 'n2', 'n3', 'n4'].map((id) => byNote.get(id))).size).toBe(1);
    expect(new Set(['n5', 'n6', 'n7', 'n8'].map((id) => byNote.get(id))).size).toBe(1);
    expect(byNote.get('n1')).not.toBe(byNote.get('n5'));
    expect(result.diagnostics.meaning).toBe(true);
  });
});

describe('people, addresses and handles never become features or labels', () => {
  it('cuts out names, titled surnames, e-mails, web addresses and handles', () => {
    const masked = maskPersonal(
      'Margaret at the desk and Dr Okafor were kind; mail jo@example.org or see www.example.org/x, @cityhall, cityparks.org',
    );
    for (const gone of ['Margaret', 'Okafor', 'jo@', 'example', '@cityhall', 'cityparks'])
      expect(masked).not.toContain(gone);
    expect(masked).toContain('desk');
    expect(masked).toContain('kind');
  });

  it('never names a cluster after a person, even when the notes share nothing else', () => {
    const input = notes([
      'Margaret was so helpful',
      'Margaret explained everything',
      'Thanks to Margaret',
      'Ask Dr Okafor about it',
      'Dr Okafor listened',
      'Dr Okafor was great',
      'Email help@clinic.example.com for forms',
      'Write to help@clinic.example.com',
    ]);
    for (const wordTable of [table, null]) {
      const result = clusterNotes(input, { wordTable });
      for (const cluster of result.clusters) {
        const text = `${cluster.label} ${cluster.words.join(' ')}`.toLowerCase();
        expect(text).not.toMatch(/margaret|okafor|help@|clinic\.example|example\.com/);
      }
    }
  });

  it('leaves out proper names the lexicon does not know from names and shared words', () => {
    const input = notes([
      'Ask Nkemelu at reception',
      'The reception desk was slow, Nkemelu fixed it',
      'I spoke to Nkemelu about parking',
      'Parking at reception is hard',
    ]);
    const result = clusterNotes(input, { wordTable: table, k: 1 });
    expect(`${result.clusters[0]!.label} ${result.clusters[0]!.words.join(' ')}`).not.toMatch(/nkemelu/i);
  });
});

describe('readable names', () => {
  const input = notes([
    'High speed internet is too expensive',
    'We need high speed internet in the east end',
    'No high speed internet at the library',
    'Internet service keeps dropping',
    'Street lights are out on Elm',
    'More street lights near the school',
    'Street lights broken again',
    'Dark streets, no lights',
  ]);

  it('names a cluster with a phrase its notes share, in sentence case, and explains it with shared words', () => {
    const result = clusterNotes(input, { wordTable: table, k: 2 });
    const labels = result.clusters.map((c) => c.label).sort();
    expect(labels).toEqual(['High speed internet', 'Street lights']);
    for (const cluster of result.clusters) {
      expect(cluster.words.length).toBeGreaterThan(0);
      expect(cluster.score).toBeGreaterThan(0);
    }
  });

  it('gives every cluster a different name', () => {
    const twins = notes([
      'parking fees',
      'parking fees',
      'parking costs',
      'parking costs',
      'parking space',
      'parking space',
    ]);
    const labels = clusterNotes(twins, { k: 3 }).clusters.map((c) => c.label);
    expect(new Set(labels).size).toBe(labels.length);
  });
});

describe('more like this, and a home for each note', () => {
  const board = notes([
    'The bus never comes on time',
    'Public transit is unreliable',
    'Trains and buses are always late',
    'Playground equipment is broken',
    'The swings in the park are damaged',
    'Kids need a safer playground',
    'More frequent transit service please',
    'Fix the broken slide at the park',
  ]);
  const index = indexNotes(board, table);

  it('lists the notes closest in meaning first, never the note itself', () => {
    const transport = new Set(['n2', 'n3', 'n7']);
    for (const id of ['n1', 'n2']) {
      const near = similarNotes(index, id, 3);
      expect(near.map((s) => s.id)).not.toContain(id);
      expect(transport.has(near[0]!.id)).toBe(true);
      expect(near.filter((s) => transport.has(s.id)).length).toBeGreaterThanOrEqual(2);
      expect(near[0]!.score).toBeGreaterThanOrEqual(near[2]!.score);
    }
    const play = similarNotes(index, 'n4', 2).map((s) => s.id);
    expect(play.every((id) => ['n5', 'n6', 'n8'].includes(id))).toBe(true);
    expect(similarNotes(index, 'unknown', 3)).toEqual([]);
  });

  it('proposes the theme of the nearest themed notes, with the share of their vote', () => {
    const themeOf = new Map([
      ['n1', 'transport'],
      ['n2', 'transport'],
      ['n3', 'transport'],
      ['n4', 'play'],
      ['n5', 'play'],
      ['n6', 'play'],
    ]);
    const [transit, slide] = suggestThemes(index, themeOf, ['n7', 'n8']);
    expect(transit).toMatchObject({ noteId: 'n7', themeId: 'transport' });
    expect(slide).toMatchObject({ noteId: 'n8', themeId: 'play' });
    for (const s of [transit!, slide!]) {
      expect(s.confidence).toBeGreaterThan(0.5);
      expect(s.confidence).toBeLessThanOrEqual(1);
      expect(s.because.length).toBeGreaterThan(0);
      expect(s.because.every((id) => themeOf.get(id) === s.themeId)).toBe(true);
    }
    expect(suggestThemes(index, new Map(), ['n7'])).toEqual([]);
  });
});
