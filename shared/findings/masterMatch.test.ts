import { describe, expect, it } from 'vitest';
import { NOW, note, smallProject, theme } from '../../tests/support/fixtures';
import { nameSimilarity, planMapping, suggestMasterThemes } from './masterMatch';

describe('master theme suggestions', () => {
  it('scores names by shared stems and by spelling', () => {
    expect(nameSimilarity('Street lighting', 'Lighting on streets')).toBeGreaterThan(0.6);
    expect(nameSimilarity('Transit safety', 'Transit saftey')).toBeGreaterThan(0.5);
    expect(nameSimilarity('Food security', 'Street lighting')).toBeLessThan(0.2);
  });

  it('suggests the master theme whose name or content matches, and explains why', () => {
    const { snapshot, ids } = smallProject();
    const pid = snapshot.project.id;
    const dark = theme(pid, 'Dark paths', { sessionId: ids.seniorsSession }, 'dark-paths');
    const food = theme(pid, 'Food bank hours', { sessionId: ids.seniorsSession }, 'food');
    const foodMaster = theme(
      pid,
      'Food security',
      { origin: 'master', description: 'Food banks, meals and groceries.' },
      'food-master',
    );
    const withNotes = {
      ...snapshot,
      themes: [...snapshot.themes, dark, food, foodMaster],
      notes: [
        ...snapshot.notes,
        note(pid, ids.seniorsSession, 'The park paths are dark, broken lights everywhere', { themeId: dark.id }, 'd1'),
        note(pid, ids.seniorsSession, 'Food bank closes before people finish work', { themeId: food.id }, 'f1'),
      ],
    };
    const suggestions = suggestMasterThemes(withNotes);
    const forDark = suggestions.find((s) => s.themeId === 'dark-paths')!;
    // Content: its notes share "park", "path", "dark", "light" with the notes already mapped to Safe streets.
    expect(forDark.candidates[0]?.masterThemeId).toBe(ids.masterSafety);
    expect(forDark.candidates[0]!.contentScore).toBeGreaterThan(0);
    expect(forDark.candidates[0]!.sharedWords).toEqual(expect.arrayContaining(['dark', 'path']));
    expect(forDark.candidates.map((c) => c.masterThemeId)).not.toContain('food-master');
    const forFood = suggestions.find((s) => s.themeId === 'food')!;
    expect(forFood.candidates[0]?.masterThemeId).toBe('food-master');
    expect(forFood.candidates[0]!.sharedWords).toContain('food');
    // Already-mapped themes are not re-suggested unless asked.
    expect(suggestions.some((s) => s.themeId === ids.lighting)).toBe(false);
  });

  it('plans mappings as patches with who and when, refusing what makes no sense', () => {
    const { snapshot, ids } = smallProject();
    const plan = planMapping(
      snapshot,
      [
        { themeId: ids.youthSpaces, masterThemeId: ids.masterServices },
        { themeId: ids.lighting, masterThemeId: ids.masterSafety }, // unchanged: no patch
        { themeId: ids.masterSafety, masterThemeId: ids.masterServices }, // a master cannot map
        { themeId: ids.transit, masterThemeId: ids.lighting }, // target is not a master
      ],
      'PMT lead',
      NOW,
    );
    expect(plan.patches).toEqual([{ id: ids.youthSpaces, masterThemeId: ids.masterServices }]);
    expect(plan.log).toEqual([
      { themeId: ids.youthSpaces, masterThemeId: ids.masterServices, by: 'PMT lead', at: NOW },
    ]);
    expect(plan.refused).toHaveLength(2);
  });
});
