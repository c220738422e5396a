/**
 * Buttons and menus built from actions (see actions.ts): the same label, keys and “when” as the keyboard.
 * ActionButton shows its keys to assistive technology (aria-keyshortcuts) and, when asked, on screen.
 */
import type { RefObject } from 'react';
import { Keyboard, Menu, MenuItem, Popover } from 'react-aria-components';
import { ariaKeyShortcuts, formatChord, labelOf, menuEntries, type Action } from './actions';
import './actionMenu.css';

export function ActionButton<C>({
  action,
  context,
  className = 'small-button',
  showKeys = false,
}: {
  action: Action<C>;
  context: C;
  className?: string;
  showKeys?: boolean;
}) {
  const label = labelOf(action, context);
  const keys = showKeys && action.keys?.[0] ? formatChord(action.keys[0]) : null;
  return (
    <button
      type="button"
      className={className}
      aria-keyshortcuts={ariaKeyShortcuts(action)}
      onClick={() => void action.perform(context, { source: 'button' })}
    >
      {label}
      {keys && <kbd className="button-keys">{keys}</kbd>}
    </button>
  );
}

/**
 * A menu of one named group of actions, anchored to an element (the note it is about, or the control that opened
 * it). Destructive actions come last, set apart. Closing it gives focus back to where it was.
 */
export function ActionMenu<C>({
  actions,
  menu,
  context,
  label,
  triggerRef,
  onClose,
}: {
  actions: readonly Action<C>[];
  menu: string;
  context: C;
  label: string;
  triggerRef: RefObject<Element | null>;
  onClose(): void;
}) {
  const entries = menuEntries(actions, menu, context);
  const safe = entries.filter((entry) => !entry.action.danger);
  const danger = entries.filter((entry) => entry.action.danger);
  const run = (name: string) => {
    const entry = entries.find((e) => e.action.name === name);
    onClose();
    if (entry) void entry.action.perform(context, { source: 'menu' });
  };
  return (
    <Popover
      className="popover"
      aria-label={label}
      triggerRef={triggerRef}
      placement="bottom start"
      isOpen
      onOpenChange={(open) => !open && onClose()}
    >
      <Menu className="menu" aria-label={label} autoFocus="first" onAction={(key) => run(String(key))}>
        {[...safe, ...danger].map((entry, index) => (
          <MenuItem
            key={entry.action.name}
            id={entry.action.name}
            textValue={entry.label}
            className={`menu-item action-menu-item${entry.action.danger ? ' danger' : ''}${
              entry.action.danger && index === safe.length && safe.length > 0 ? ' after-separator' : ''
            }`}
          >
            <span>{entry.label}</span>
            {entry.keys && <Keyboard className="menu-keys">{entry.keys}</Keyboard>}
          </MenuItem>
        ))}
      </Menu>
    </Popover>
  );
}
