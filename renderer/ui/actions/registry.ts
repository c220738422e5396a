/**
 * One registry of actions for a screen: each action has a name, a label, its keys, when it applies and what it
 * does. The keyboard handler, the menus and the shortcuts dialog are all built from the same list, so a key
 * cannot do one thing while the help says another, and a menu item always does what its shortcut does.
 *
 * `C` is the screen's context: whatever `when` and `perform` need to know (the focused item, the selection,
 * the camera…), built fresh for each key press or menu opening.
 */
import { ariaKey, formatKey, matchesKey, parseKey, type KeyInput, type KeySpec } from './keys';

/** What started an action: a key (whose event it gets, e.g. to read which arrow) or a menu item. */
export type Trigger = { kind: 'key'; event: KeyInput } | { kind: 'menu' };

export interface Action<C> {
  /** Stable identifier, also the menu item's id, e.g. "note.moveToTheme". */
  name: string;
  /** What a menu and the shortcuts dialog call it. */
  label: string | ((context: C) => string);
  /** Key specs (see keys.ts); the first is the one menus show. */
  keys?: readonly string[];
  /** Shown in the shortcuts dialog instead of the keys themselves, e.g. "← ↑ → ↓". */
  keysLabel?: string;
  /** The shortcuts dialog's longer explanation; the label when left out. */
  description?: string;
  /** The shortcuts dialog's section, e.g. "On a note". */
  group: string;
  /** The menus that list it (by name, e.g. "note", "canvas"). */
  menus?: readonly string[];
  /** Whether it applies now; a key whose action does not apply is left to the next action, then to the page. */
  when?(context: C): boolean;
  perform(context: C, trigger: Trigger): void;
}

export interface Registry<C> {
  actions: readonly Action<C>[];
  byName: ReadonlyMap<string, Action<C>>;
  /** Parsed once: keys are matched on every key press. */
  specs: ReadonlyMap<string, readonly KeySpec[]>;
}

export function createRegistry<C>(actions: readonly Action<C>[]): Registry<C> {
  const byName = new Map<string, Action<C>>();
  const specs = new Map<string, KeySpec[]>();
  for (const action of actions) {
    if (byName.has(action.name)) throw new Error(`Two actions are called “${action.name}”`);
    byName.set(action.name, action);
    specs.set(action.name, (action.keys ?? []).map(parseKey));
  }
  return { actions, byName, specs };
}

const applies = <C>(action: Action<C>, context: C) => !action.when || action.when(context);

/** The first action, in registry order, that a key triggers and that applies now. */
export function actionForKey<C>(registry: Registry<C>, event: KeyInput, context: C): Action<C> | null {
  for (const action of registry.actions) {
    const specs = registry.specs.get(action.name)!;
    if (specs.some((spec) => matchesKey(spec, event)) && applies(action, context)) return action;
  }
  return null;
}

/** Runs the action a key triggers; true when one ran (the caller then stops the event). */
export function performKey<C>(registry: Registry<C>, event: KeyInput, context: C): boolean {
  const action = actionForKey(registry, event, context);
  if (!action) return false;
  action.perform(context, { kind: 'key', event });
  return true;
}

export function labelOf<C>(action: Action<C>, context: C): string {
  return typeof action.label === 'function' ? action.label(context) : action.label;
}

export interface MenuEntry {
  name: string;
  label: string;
  /** The first key, as a menu shows it beside the label. */
  shortcut: string | null;
  /** For `aria-keyshortcuts`. */
  ariaKeys: string | null;
}

/** The items of one menu that apply now, in registry order. */
export function menuEntries<C>(registry: Registry<C>, menu: string, context: C): MenuEntry[] {
  return registry.actions
    .filter((action) => action.menus?.includes(menu) && applies(action, context))
    .map((action) => {
      const first = registry.specs.get(action.name)![0];
      return {
        name: action.name,
        label: labelOf(action, context),
        shortcut: first ? formatKey(first) : null,
        ariaKeys: ariaKeysOf(registry, action.name),
      };
    });
}

/** Runs a menu item's action, if it still applies. */
export function performMenu<C>(registry: Registry<C>, name: string, context: C): boolean {
  const action = registry.byName.get(name);
  if (!action || !applies(action, context)) return false;
  action.perform(context, { kind: 'menu' });
  return true;
}

/** Every key of an action for `aria-keyshortcuts`, or null when it has none. */
export function ariaKeysOf<C>(registry: Registry<C>, name: string): string | null {
  const specs = registry.specs.get(name) ?? [];
  return specs.length ? specs.map(ariaKey).join(' ') : null;
}

export interface ShortcutSection {
  heading: string;
  rows: { keys: string; does: string }[];
}

/** The shortcuts dialog's sections, in the order given, from every action with keys. */
export function shortcutSections<C>(registry: Registry<C>, groups: readonly string[]): ShortcutSection[] {
  return groups.map((heading) => ({
    heading,
    rows: registry.actions
      .filter((action) => action.group === heading && (action.keysLabel || action.keys?.length))
      .map((action) => ({
        keys: action.keysLabel ?? registry.specs.get(action.name)!.map(formatKey).join(' or '),
        does: action.description ?? (typeof action.label === 'string' ? action.label : action.name),
      })),
  }));
}
