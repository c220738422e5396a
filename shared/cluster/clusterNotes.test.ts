import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clusterNotes, isAbortError, type ClusterInput, type ClusterResult } from './index';
import { seededRandom } from './random';

const notes = (texts: string[]): ClusterInput[] => texts.map((text, i) => ({ id: `n${i + 1}`, text }));

/** Every id exactly once across clusters and unclustered. */
function expectPartition(input: readonly ClusterInput[], result: ClusterResult): void {
  const seen = [...result.clusters.flatMap((c) => c.noteIds), ...result.unclustered].sort();
  expect(seen).toEqual(input.map((n) => n.id).sort());
}

describe('clusterNotes on degenerate input', () => {
  it('gives nothing for no notes', () => {
    const result = clusterNotes([]);
    expect(result.clusters).toEqual([]);
    expect(result.unclustered).toEqual([]);
  });

  it('leaves a single note unclustered: there is nothing to group it with', () => {
    const result = clusterNotes(notes(['The bus shelter on Main Street has no roof']));
    expect(result.clusters).toEqual([]);
    expect(result.unclustered).toEqual(['n1']);
  });

  it('leaves empty and stopword-only notes unclustered, and clusters the rest', () => {
    const input = notes(['', '   ', 'the and of it', 'parking fees', 'parking costs', 'parking fees again']);
    const result = clusterNotes(input);
    expectPartition(input, result);
    expect(result.unclustered).toEqual(expect.arrayContaining(['n1', 'n2', 'n3']));
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]!.noteIds).toEqual(['n4', 'n5', 'n6']);
    expect(result.clusters[0]!.words[0]).toBe('parking');
  });

  it('groups one-word notes by their word', () => {
    const input = notes(['parking', 'buses', 'Parking', 'buses', 'parking!', 'Buses']);
    const result = clusterNotes(input);
    expectPartition(input, result);
    const byLabel = Object.fromEntries(result.clusters.map((c) => [c.label, c.noteIds]));
    expect(byLabel).toEqual({ Parking: ['n1', 'n3', 'n5'], Buses: ['n2', 'n4', 'n6'] });
  });

  it('puts all-duplicate notes in one cluster with full cohesion', () => {
    const input = notes(Array.from({ length: 200 }, () => 'Car parking is far too expensive'));
    const result = clusterNotes(input);
    expect(result.clusters).toHaveLength(1);
    expect(result.clusters[0]!.noteIds).toHaveLength(200);
    expect(result.clusters[0]!.score).toBeCloseTo(1, 9);
    expect(result.clusters[0]!.words).toEqual(expect.arrayContaining(['car', 'parking', 'expensive']));
  });
});

describe('clusterNotes explains its clusters', () => {
  const input = notes([
    'Parking near the library is impossible',
    'Not enough parking spaces downtown',
    'Parking fees keep going up',
    'More parking for the clinic please',
    'Street lights are broken on Elm Street',
    'Dark streets at night, lights out',
    'Fix the street lights near the school',
    'Street lighting feels unsafe at night',
    'Youth programs closed at the community centre',
    'Nothing for youth to do after school',
    'Bring back youth programs at the centre',
    'Youth centre hours are too short',
    'Café prices près du marché',
    'Le café du marché ferme tôt',
  ]);

  it('names each cluster from what its notes share and explains it with their shared words', () => {
    const result = clusterNotes(input, { k: 4 });
    expectPartition(input, result);
    const labels = result.clusters.map((c) => c.label);
    expect(labels.some((l) => /^Parking/.test(l))).toBe(true);
    expect(labels.some((l) => /^(Street lights|Lights|Street)/.test(l))).toBe(true);
    expect(labels.some((l) => /^Youth/.test(l))).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
    for (const cluster of result.clusters) {
      // The name is made of words the notes share.
      const named = cluster.label.toLowerCase().split(/ and | /);
      expect(named.some((w) => cluster.words.map((x) => x.toLowerCase()).includes(w))).toBe(true);
      expect(cluster.score).toBeGreaterThan(0);
      expect(cluster.score).toBeLessThanOrEqual(1);
    }
  });

  it('keeps accents in words from other languages', () => {
    const result = clusterNotes(input, { k: 4 });
    const french = result.clusters.find((c) => c.noteIds.includes('n13'));
    expect(french?.words).toEqual(expect.arrayContaining(['café', 'marché']));
  });

  it('honours an explicit k, and caps it at the number of distinct notes', () => {
    expect(clusterNotes(input, { k: 3 }).clusters.length).toBeLessThanOrEqual(3);
    const twins = notes(['parking fees', 'parking fees', 'bus routes', 'bus routes']);
    expect(clusterNotes(twins, { k: 10 }).clusters).toHaveLength(2);
  });

  it('gives the same clusters whatever order the notes arrive in', () => {
    const reversed = [...input].reverse();
    const strip = (r: ClusterResult) => r.clusters.map((c) => ({ ...c, noteIds: [...c.noteIds].sort() }));
    expect(strip(clusterNotes(reversed))).toEqual(strip(clusterNotes(input)));
  });
});

describe('clusterNotes progress and cancel', () => {
  const input = notes(Array.from({ length: 300 }, (_, i) => `topic${i % 7} word${i % 13} shared${i % 5}`));

  it('reports progress from 0 to 1 without going back', () => {
    const seen: number[] = [];
    clusterNotes(input, { onProgress: (f) => seen.push(f) });
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect(seen.every((f, i) => i === 0 || f >= seen[i - 1]!)).toBe(true);
  });

  it('stops with an AbortError once the signal is raised', () => {
    const signal = { aborted: false };
    let calls = 0;
    const run = () =>
      clusterNotes(input, {
        signal,
        onProgress: () => {
          if (++calls === 3) signal.aborted = true;
        },
      });
    expect(run).toThrow(expect.objectContaining({ name: 'AbortError' }));
    try {
      run();
    } catch (error) {
      expect(isAbortError(error)).toBe(true);
    }
  });
});

/** Notes drawn from planted topics: each topic has its own words, all share some generic ones. */
function plantedNotes(count: number, topics: number, seed: number): { input: ClusterInput[]; truth: number[] } {
  const random = seededRandom(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(random() * xs.length)]!;
  const topicWords = Array.from({ length: topics }, (_, t) => Array.from({ length: 12 }, (_, w) => `t${t}word${w}`));
  const generic = ['service', 'people', 'council', 'area', 'city', 'better', 'need', 'good'];
  const truth: number[] = [];
  const input = Array.from({ length: count }, (_, i) => {
    const topic = Math.floor(random() * topics);
    truth.push(topic);
    const words = Array.from({ length: 3 + Math.floor(random() * 5) }, () =>
      random() < 0.7 ? pick(topicWords[topic]!) : pick(generic),
    );
    return { id: `note-${String(i).padStart(5, '0')}`, text: words.join(' ') };
  });
  return { input, truth };
}

describe('clusterNotes at scale', () => {
  it('is deterministic on 10,000 notes and recovers planted topics', () => {
    const { input, truth } = plantedNotes(10_000, 6, 42);
    const first = clusterNotes(input);
    const second = clusterNotes(input);
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expectPartition(input, first);
    // Six planted topics, plus the few notes drawn only from the generic words, which rightly form their own.
    const topical = first.clusters.filter((c) => /^t\dword/.test(c.words[0]!));
    expect(topical).toHaveLength(6);
    expect(first.clusters.length - topical.length).toBeLessThanOrEqual(1);
    const index = new Map(input.map((n, i) => [n.id, i]));
    for (const cluster of topical) {
      const counts = new Map<number, number>();
      for (const id of cluster.noteIds)
        counts.set(truth[index.get(id)!]!, (counts.get(truth[index.get(id)!]!) ?? 0) + 1);
      expect(Math.max(...counts.values()) / cluster.noteIds.length).toBeGreaterThan(0.9);
    }
  });
});

describe('clusterNotes properties', () => {
  const noteArb = fc.uniqueArray(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 8 }),
      text: fc
        .array(fc.constantFrom('park', 'parking', 'bus', 'buses', 'the', 'café', 'safe', 'lights', 'youth', ''), {
          maxLength: 6,
        })
        .map((ws) => ws.join(' ')),
    }),
    { selector: (n) => n.id, maxLength: 40 },
  );

  it('places every note exactly once, never in a cluster of one, the same way twice', () => {
    fc.assert(
      fc.property(noteArb, (input) => {
        const result = clusterNotes(input);
        expectPartition(input, result);
        expect(result.clusters.every((c) => c.noteIds.length >= 2)).toBe(true);
        expect(clusterNotes(input)).toEqual(result);
      }),
      { numRuns: 60 },
    );
  });
});
