/**
 * Key specs for shortcuts, written as people read them: "M", "Enter", "Shift+ArrowLeft", "Mod+A" (Ctrl, or ⌘
 * on a Mac), "Alt+Shift+ArrowUp", "?", "Space". One spec is matched against a key event, shown in a
 * shortcuts list ("Ctrl+A", "Shift+←") and written in `aria-keyshortcuts` ("Control+A").
 *
 * Shift is part of a letter's or a named key's shortcut, but not of a punctuation or digit key's: "?" and "+"
 * need Shift on some keyboards and not on others, so for them the character itself is what counts.
 */

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

export interface KeySpec {
  key: string;
  mod: boolean;
  alt: boolean;
  shift: boolean;
}

const NAMED: Record<string, string> = { Space: ' ', Esc: 'Escape', Del: 'Delete' };

export function parseKey(spec: string): KeySpec {
  // The key itself may be "+" ("Mod++"), so split off modifiers from the left only.
  const parts: string[] = [];
  let rest = spec;
  for (;;) {
    const at = rest.indexOf('+');
    if (at <= 0 || at === rest.length - 1) break;
    parts.push(rest.slice(0, at));
    rest = rest.slice(at + 1);
  }
  const modifiers = new Set(parts.map((p) => p.toLowerCase()));
  for (const m of modifiers)
    if (!['mod', 'ctrl', 'meta', 'alt', 'shift'].includes(m)) throw new Error(`Unknown modifier “${m}” in “${spec}”`);
  return {
    key: NAMED[rest] ?? rest,
    mod: modifiers.has('mod') || modifiers.has('ctrl') || modifiers.has('meta'),
    alt: modifiers.has('alt'),
    shift: modifiers.has('shift'),
  };
}

const isLetter = (key: string) => key.length === 1 && key.toLowerCase() !== key.toUpperCase();
/** Punctuation and digits: the character decides, whatever Shift it took to type it. */
const isSymbol = (key: string) => key.length === 1 && !isLetter(key) && key !== ' ';

export function matchesKey(spec: KeySpec, event: KeyInput): boolean {
  if (spec.mod !== (event.ctrlKey || event.metaKey)) return false;
  if (spec.alt !== event.altKey) return false;
  if (isSymbol(spec.key)) return event.key === spec.key;
  if (spec.shift !== event.shiftKey) return false;
  return isLetter(spec.key) ? event.key.toLowerCase() === spec.key.toLowerCase() : event.key === spec.key;
}

const SHOWN: Record<string, string> = {
  ArrowLeft: '←',
  ArrowRight: '→',
  ArrowUp: '↑',
  ArrowDown: '↓',
  Escape: 'Esc',
  ' ': 'Space',
  '-': '−',
};

/** As a shortcuts list shows it: "Ctrl+Shift+Z", "Shift+←", "M". */
export function formatKey(spec: KeySpec): string {
  const key = SHOWN[spec.key] ?? (isLetter(spec.key) ? spec.key.toUpperCase() : spec.key);
  return [spec.mod && 'Ctrl', spec.alt && 'Alt', spec.shift && 'Shift', key].filter(Boolean).join('+');
}

/** As `aria-keyshortcuts` wants it: "Control+Shift+Z", "Shift+ArrowLeft", "Space". */
export function ariaKey(spec: KeySpec): string {
  const key = spec.key === ' ' ? 'Space' : isLetter(spec.key) ? spec.key.toUpperCase() : spec.key;
  return [spec.mod && 'Control', spec.alt && 'Alt', spec.shift && 'Shift', key].filter(Boolean).join('+');
}
