import { describe, expect, it } from 'vitest';
import { NOW, group, note, session, smallProject } from '../../tests/support/fixtures';
import { workbookTables } from '../export/tables';
import { writeReportHtml } from '../export/html';
import { planExport } from '../privacy/plan';
import { groupsHeardFrom } from './breadth';
import { buildFindingsDocument } from './document';
import { liveSnapshot, type FindingsSnapshot } from './snapshot';
import { WORKSHOP_GROUP_NAME, isWorkshopGroupName, workshopSessionIds } from './workshopGroups';

const documentOf = (snapshot: FindingsSnapshot) =>
  buildFindingsDocument(planExport(liveSnapshot(snapshot), { scan: { names: false } }), { now: NOW });

/** The small project, and the same after a council workshop put 20 dots on "Places for youth". */
function withWorkshop() {
  const { snapshot, ids } = smallProject();
  const pid = snapshot.project.id;
  const council = group(pid, ` ${WORKSHOP_GROUP_NAME.toUpperCase()} `, 9);
  const workshop = session(pid, 'Council workshop 2025-03-01', council.id, { status: 'closed', attendance: null });
  const vote = note(pid, workshop.id, 'Dot votes at the council workshop for “Places for youth”', {
    themeId: ids.youthSpaces,
    votes: 20,
    flags: { sensitive: false, doNotQuote: true, culturalProtocol: false },
  });
  const after = {
    ...snapshot,
    groups: [...snapshot.groups, council],
    sessions: [...snapshot.sessions, workshop],
    notes: [...snapshot.notes, vote],
  };
  return { before: documentOf(snapshot), after: documentOf(after), ids, council, workshop };
}

describe('a council workshop group is not a consulted group', () => {
  it('knows a workshop group by its name, whatever its case and spaces', () => {
    expect(isWorkshopGroupName(' council Workshop ')).toBe(true);
    expect(isWorkshopGroupName('Council workshops')).toBe(false);
    const { council, workshop } = withWorkshop();
    expect([...workshopSessionIds([council], [workshop, { id: 'x', groupId: null }])]).toEqual([workshop.id]);
  });

  it('adds its votes to the theme and nothing to the theme’s breadth', () => {
    const { before, after, ids, council } = withWorkshop();
    const row = (doc: typeof before) => doc.ranking.find((r) => r.themeId === ids.youthSpaces)!;
    expect(row(after).votes).toBe(row(before).votes + 20);
    expect(row(after).rank).toBe(1);
    expect(row(after).groupIds).toEqual(row(before).groupIds);
    expect(row(after).groupIds).not.toContain(council.id);
    expect(row(after).sessionIds).toEqual(row(before).sessionIds);
    expect(row(after).noteCount).toBe(row(before).noteCount);
    expect(row(after).participantCount).toBe(row(before).participantCount);
  });

  it('has no coverage column, is never a gap, and is not counted among the stakeholder groups', () => {
    const { before, after, council } = withWorkshop();
    expect(after.coverage.columns).toEqual(before.coverage.columns);
    // The votes reorder the rows; row by row, the matrix and its gaps are as they were.
    const byTheme = (doc: typeof before) =>
      Object.fromEntries(doc.coverage.rows.map((r, i) => [r.themeId, doc.coverage.cells[i]!.map((c) => c.count)]));
    expect(byTheme(after)).toEqual(byTheme(before));
    expect(after.coverage.gaps).toHaveLength(before.coverage.gaps.length);
    expect(after.coverage.gaps).toEqual(expect.arrayContaining(before.coverage.gaps));
    expect(groupsHeardFrom(after.coverage.columns)).toBe(groupsHeardFrom(before.coverage.columns));
    expect(after.totals.groups).toBe(before.totals.groups);
    expect(after.totals.heldSessions).toBe(before.totals.heldSessions);
    // The document still lists the group and its session as they are: the data is whole, only the counts differ.
    expect(after.groups.find((g) => g.id === council.id)?.heldSessions).toBe(1);
  });

  it('is neither heard nor “not heard from yet” in the workbook and the report', () => {
    const { before, after } = withWorkshop();
    const summary = (doc: typeof before) => workbookTables(doc).find((t) => t.name === 'Summary')!.rows;
    // Only the record counts grow (one more session, and its vote note in the notes list).
    const grown: Record<string, number> = { Sessions: 1, Notes: 1 };
    expect(summary(after)).toEqual(
      summary(before).map((r) => (String(r[0]) in grown ? [r[0], Number(r[1]) + grown[String(r[0])]!] : r)),
    );
    const html = writeReportHtml(after);
    const summaryPart = html.slice(html.indexOf('id="s-summary"'), html.indexOf('Contents'));
    expect(summaryPart).toContain('We have heard from 2 of the 4 stakeholder groups in 2 focus groups');
    expect(summaryPart).toContain('Youth: 1 session');
    expect(summaryPart).not.toContain('Council workshop');
    expect(html).not.toMatch(/of 3 groups/);
    expect(html).toContain('Places for youth: Somewhere to go after school (heard in 1 of 2 groups, 1 session)');
  });
});
