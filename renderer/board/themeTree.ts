/** Themes as a tree (for the panel and the outline): roots and children in board order, cycle-safe. */
import type { Theme } from '../../shared/domain/schemas';

export interface ThemeNode {
  theme: Theme;
  depth: number;
  children: ThemeNode[];
}

export function themeTree(themes: readonly Theme[]): ThemeNode[] {
  const byId = new Map(themes.map((t) => [t.id, t]));
  const kids = new Map<string, Theme[]>();
  const roots: Theme[] = [];
  for (const theme of themes) {
    if (theme.parentId && byId.has(theme.parentId) && !inCycle(theme, byId))
      kids.set(theme.parentId, [...(kids.get(theme.parentId) ?? []), theme]);
    else roots.push(theme);
  }
  const build = (theme: Theme, depth: number): ThemeNode => ({
    theme,
    depth,
    children: (kids.get(theme.id) ?? []).map((child) => build(child, depth + 1)),
  });
  return roots.map((root) => build(root, 0));
}

export function flattenTree(nodes: readonly ThemeNode[]): ThemeNode[] {
  return nodes.flatMap((node) => [node, ...flattenTree(node.children)]);
}

function inCycle(theme: Theme, byId: Map<string, Theme>): boolean {
  const seen = new Set([theme.id]);
  for (let id = theme.parentId; id; id = byId.get(id)?.parentId ?? null) {
    if (seen.has(id)) return true;
    seen.add(id);
  }
  return false;
}

/** Ranking by dot votes, then by how many notes, then by name: the order the room's priorities are read in. */
export function rankByVotes<T extends { theme: Theme; notes: number }>(items: readonly T[]): (T & { rank: number })[] {
  const sorted = [...items].sort(
    (a, b) =>
      b.theme.votes - a.theme.votes ||
      b.notes - a.notes ||
      a.theme.name.localeCompare(b.theme.name) ||
      a.theme.id.localeCompare(b.theme.id),
  );
  // Equal votes share a rank (1, 2, 2, 4), as a facilitator reads them out.
  let rank = 0;
  return sorted.map((item, i) => {
    if (i === 0 || sorted[i - 1]!.theme.votes !== item.theme.votes) rank = i + 1;
    return { ...item, rank };
  });
}
