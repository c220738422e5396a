import { describe, expect, it } from 'vitest';
import { NOW, finding, uuid } from '../../tests/support/fixtures';
import { upgradeFindingRecord } from './actionPlan';
import { findingSchema } from './schemas';

/** A finding as the release before structured actions wrote it (and as old segments and bundles still carry it). */
function oldRecord() {
  const { response: _response, ...rest } = finding(uuid(1), {}, uuid(2));
  return { ...rest, actions: ['Light the underpass', '  ', 'Open the library late'], measures: ['Fewer reports'] };
}

describe('findings from older releases', () => {
  it('parse with string actions and measures upgraded to items with their words, and no response', () => {
    const parsed = findingSchema.parse(oldRecord());
    expect(parsed.actions).toEqual([
      { text: 'Light the underpass', lead: '', partners: [], timeframe: null },
      { text: 'Open the library late', lead: '', partners: [], timeframe: null },
    ]);
    expect(parsed.measures).toEqual([{ text: 'Fewer reports', baseline: '', target: '', dataSource: '' }]);
    expect(parsed.response).toBeNull();
  });

  it('are upgraded the same way by readers that do not parse, and today’s records pass unchanged', () => {
    const upgraded = upgradeFindingRecord(oldRecord());
    expect(upgraded.actions).toEqual(findingSchema.parse(oldRecord()).actions);
    expect(upgraded.response).toBeNull();
    const today = findingSchema.parse({
      ...oldRecord(),
      actions: [{ text: 'Light it', lead: 'Municipality', partners: ['Police service'], timeframe: 'medium' }],
      response: { status: 'in-progress', reason: 'Started', outcome: '', recordedBy: 'Sam', recordedAt: NOW },
    });
    expect(upgradeFindingRecord(today)).toEqual(today);
  });

  it('still refuse what is neither form, with the field named', () => {
    const result = findingSchema.safeParse({ ...oldRecord(), actions: [42] });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['actions', 0]);
    const badTimeframe = findingSchema.safeParse({ ...oldRecord(), actions: [{ text: 'x', timeframe: 'someday' }] });
    expect(badTimeframe.success).toBe(false);
    const badStatus = findingSchema.safeParse({
      ...oldRecord(),
      response: { status: 'maybe', recordedAt: NOW },
    });
    expect(badStatus.success).toBe(false);
  });
});
