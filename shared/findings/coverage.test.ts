import { describe, expect, it } from 'vitest';
import { NOW, smallProject } from '../../tests/support/fixtures';
import { planExport } from '../privacy/plan';
import { buildFindingsDocument } from './document';
import { liveSnapshot } from './snapshot';

function coverage(level: 'session' | 'master') {
  const { snapshot, ids } = smallProject();
  const doc = buildFindingsDocument(planExport(liveSnapshot(snapshot), { scan: { names: false } }), {
    now: NOW,
    level,
  });
  return { coverage: doc.coverage, ids };
}

describe('coverage matrix', () => {
  it('has a row per reporting theme and a column per stakeholder group', () => {
    const { coverage: c, ids } = coverage('session');
    expect(c.rows.map((r) => r.themeId)).toEqual([ids.lighting, ids.transit, ids.youthSpaces]);
    expect(c.columns.map((col) => col.groupId)).toEqual([ids.youth, ids.seniors, ids.business, ids.faith]);
    expect(c.cells[0]!.map((cell) => cell.count)).toEqual([4, 0, 0, 0]);
    expect(c.cells[1]!.map((cell) => cell.count)).toEqual([0, 4, 0, 0]);
  });

  it('flags a group never heard on a theme, and a group with no session yet, as different gaps', () => {
    const { coverage: c, ids } = coverage('session');
    expect(c.cells[0]![1]!.state).toBe('silent');
    // Business has only a planned session: its column is unknown, not zero.
    expect(c.cells[0]![2]!.state).toBe('no-session');
    expect(c.gaps).toContainEqual({ kind: 'silent', themeId: ids.lighting, groupId: ids.seniors });
    expect(c.gaps).toContainEqual({ kind: 'no-session', groupId: ids.business });
    expect(c.gaps).toContainEqual({ kind: 'no-session', groupId: ids.faith });
    expect(c.gaps).not.toContainEqual({ kind: 'silent', themeId: ids.lighting, groupId: ids.business });
  });

  it('shades by share of the largest count', () => {
    const { coverage: c } = coverage('session');
    expect(c.cells[0]![0]!.shade).toBe(1);
    expect(c.cells[2]![0]!.shade).toBeCloseTo(3 / 4);
    expect(c.cells[0]![1]!.shade).toBe(0);
  });

  it('consolidates at master level: the master theme is heard by both groups', () => {
    const { coverage: c, ids } = coverage('master');
    expect(c.rows.map((r) => r.themeId)).toEqual([ids.masterSafety, ids.masterServices]);
    expect(c.cells[0]!.slice(0, 2).map((cell) => cell.count)).toEqual([4, 4]);
    expect(c.gaps).toContainEqual({ kind: 'silent', themeId: ids.masterServices, groupId: ids.youth });
  });
});
