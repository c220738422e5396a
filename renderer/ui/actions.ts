/**
 * Actions as data. Each action has a name, a label, the keys that run it, when it applies and what it does; a
 * screen's keyboard handler, its menus, its buttons and its shortcuts dialog are all built from one list of them,
 * so the help always shows what works and a key never does something the menu does not.
 *
 * Keys are written as chords: modifiers (`Mod` is Ctrl, or ⌘ on a Mac; `Alt`; `Shift`) and one key joined with
 * `+`. Letters, digits and punctuation are named by their physical key (`KeyK`, `Digit3`, `Slash`: the
 * KeyboardEvent `code`), so shortcuts work on every layout and Alt never types a character instead (⌥ on a Mac);
 * `Digit` alone is any digit, handed to `perform`. Other keys are named by their `key` value (`Enter`, `F2`,
 * `ArrowUp`, `Delete`, `?`); a printable one like `?` ignores Shift, since typing it needs Shift on most layouts.
 */
import type { MessageId } from '../../shared/i18n/catalogue';
import { msg } from './i18n';

export interface ActionTrigger {
  /** The digit pressed, for a chord written with `Digit`. */
  digit?: number;
  source: 'key' | 'menu' | 'button';
}

export interface Action<C> {
  name: string;
  label: string | ((context: C) => string);
  keys?: readonly string[];
  /** How the keys read in the shortcuts dialog when the chords alone would read badly (`Alt+1 … Alt+9`). */
  keysLabel?: string | (() => string);
  /** What the shortcuts dialog says it does, when that differs from the label. */
  help?: string | (() => string);
  /** The shortcuts dialog section that lists it; unlisted when absent. */
  section?: string;
  /** The menus it appears in (by the screen's own names for them). */
  menus?: readonly string[];
  /** Destructive: menus show it apart, in the danger style. */
  danger?: boolean;
  when?(context: C): boolean;
  perform(context: C, trigger: ActionTrigger): unknown;
}

interface Chord {
  mod: boolean;
  alt: boolean;
  /** null: Shift does not matter (printable keys). */
  shift: boolean | null;
  code: string | null;
  key: string | null;
  anyDigit: boolean;
}

const MODIFIERS = new Set(['Mod', 'Alt', 'Shift']);
const CODE_PATTERN =
  /^(?:Key[A-Z]|Digit\d|Slash|Backslash|Period|Comma|Semicolon|Quote|BracketLeft|BracketRight|Minus|Equal|Backquote)$/;

const chordCache = new Map<string, Chord>();

export function parseChord(spec: string): Chord {
  const cached = chordCache.get(spec);
  if (cached) return cached;
  // The key is everything after the last modifier, so `Mod++` or `Shift+?` read as expected.
  const parts = spec.split('+');
  const modifiers: string[] = [];
  while (parts.length > 1 && MODIFIERS.has(parts[0]!)) modifiers.push(parts.shift()!);
  const name = parts.join('+');
  if (!name) throw new Error(`The shortcut “${spec}” names no key.`);
  const printable = name.length === 1;
  const chord: Chord = {
    mod: modifiers.includes('Mod'),
    alt: modifiers.includes('Alt'),
    shift: printable && !modifiers.includes('Shift') ? null : modifiers.includes('Shift'),
    code: name === 'Digit' ? null : CODE_PATTERN.test(name) ? name : null,
    key: name === 'Digit' || CODE_PATTERN.test(name) ? null : name,
    anyDigit: name === 'Digit',
  };
  chordCache.set(spec, chord);
  return chord;
}

export type KeyInput = Pick<KeyboardEvent, 'key' | 'code' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'> & {
  isComposing?: boolean;
};

/** Numpad digits count as the digit keys. */
function digitOf(code: string): number | null {
  const match = /^(?:Digit|Numpad)(\d)$/.exec(code);
  return match ? Number(match[1]) : null;
}

/** Whether the key press is this chord; for a `Digit` chord, which digit. False when it is not. */
export function matchChord(spec: string, event: KeyInput): { digit?: number } | false {
  const chord = parseChord(spec);
  if (event.isComposing) return false;
  if (chord.mod !== (event.ctrlKey || event.metaKey) || chord.alt !== event.altKey) return false;
  if (chord.shift !== null && chord.shift !== event.shiftKey) return false;
  const digit = digitOf(event.code);
  if (chord.anyDigit) return digit === null ? false : { digit };
  if (chord.code) return chord.code === event.code || (digit !== null && chord.code === `Digit${digit}`) ? {} : false;
  return chord.key === event.key || chord.key!.toLowerCase() === event.key.toLowerCase() ? {} : false;
}

export function labelOf<C>(action: Action<C>, context: C): string {
  return typeof action.label === 'function' ? action.label(context) : action.label;
}

/** Words given as a function are read when shown, so they follow the app's language. */
const textOf = (text: string | (() => string)): string => (typeof text === 'function' ? text() : text);

export function applies<C>(action: Action<C>, context: C): boolean {
  return action.when ? action.when(context) : true;
}

/** The first action (in list order) whose keys match the press and which applies now. */
export function findKeyAction<C>(
  actions: readonly Action<C>[],
  event: KeyInput,
  context: C,
): { action: Action<C>; trigger: ActionTrigger } | null {
  for (const action of actions) {
    for (const spec of action.keys ?? []) {
      const matched = matchChord(spec, event);
      if (matched && applies(action, context)) return { action, trigger: { ...matched, source: 'key' } };
    }
  }
  return null;
}

/** Keys whose names differ between languages (Entrée, Échap, Maj…). */
const KEY_MESSAGES: Record<string, MessageId> = {
  Enter: 'ui.keys.Enter',
  Escape: 'ui.keys.Escape',
  Delete: 'ui.keys.Delete',
  Backspace: 'ui.keys.Backspace',
  Shift: 'ui.keys.Shift',
  Home: 'ui.keys.Home',
  End: 'ui.keys.End',
  ContextMenu: 'ui.keys.ContextMenu',
};

const KEY_NAMES: Record<string, string> = {
  ArrowUp: '↑',
  ArrowDown: '↓',
  ArrowLeft: '←',
  ArrowRight: '→',
  Slash: '/',
  Backslash: '\\',
  Period: '.',
  Comma: ',',
  Minus: '-',
  Equal: '=',
  Mod: 'Ctrl',
};

/** A chord as people read it: `Alt+KeyK` → `Alt+K`, `Mod+Slash` → `Ctrl+/`, `ArrowUp` → `↑`. */
export function formatChord(spec: string): string {
  return spec
    .split(/\+(?=.)/)
    .map(
      (part) =>
        (KEY_MESSAGES[part] ? msg(KEY_MESSAGES[part]) : KEY_NAMES[part]) ??
        part.replace(/^Key(?=[A-Z]$)|^Digit(?=\d$)/, ''),
    )
    .join('+')
    .replace(/\bDigit$/, '0–9');
}

export function formatKeys<C>(action: Action<C>): string | null {
  if (action.keysLabel) return textOf(action.keysLabel);
  if (!action.keys?.length) return null;
  return action.keys.map(formatChord).reduce((first, second) => msg('ui.keys.or', { first, second }));
}

/** The value for `aria-keyshortcuts` (WAI-ARIA names: Control, Alt, Shift and the key's own name). */
export function ariaKeyShortcuts<C>(action: Action<C>): string | undefined {
  const specs = (action.keys ?? []).filter((spec) => !parseChord(spec).anyDigit);
  if (!specs.length) return undefined;
  const names = specs.map((spec) => {
    const chord = parseChord(spec);
    const key = chord.code ? formatChord(chord.code) : chord.key!;
    return [chord.mod && 'Control', chord.alt && 'Alt', chord.shift && 'Shift', key].filter(Boolean).join('+');
  });
  return [...new Set(names)].join(' ');
}

export interface ShortcutSection {
  heading: string;
  rows: { keys: string; does: string }[];
}

/** A section of a shortcuts dialog: which actions it lists, under which heading (read when shown, in the app's language). */
export interface SectionOfActions {
  id: string;
  heading: MessageId;
}

/** The shortcuts dialog's sections, in the order given, from every listed action that has keys. */
export function shortcutSections<C>(
  actions: readonly Action<C>[],
  sections: readonly SectionOfActions[],
  context: C,
): ShortcutSection[] {
  return sections
    .map(({ id, heading }) => ({
      heading: msg(heading),
      rows: actions
        .filter((action) => action.section === id)
        .map((action) => ({
          keys: formatKeys(action),
          does: action.help ? textOf(action.help) : labelOf(action, context),
        }))
        .filter((row): row is { keys: string; does: string } => row.keys !== null),
    }))
    .filter((section) => section.rows.length > 0);
}

/** The actions of one menu that apply now, in list order, with what a menu item needs to show. */
export function menuEntries<C>(
  actions: readonly Action<C>[],
  menu: string,
  context: C,
): { action: Action<C>; label: string; keys: string | null }[] {
  return actions
    .filter((action) => action.menus?.includes(menu) && applies(action, context))
    .map((action) => ({ action, label: labelOf(action, context), keys: formatKeys(action) }));
}
