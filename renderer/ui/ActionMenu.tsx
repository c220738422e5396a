/**
 * Buttons and menus built from actions (actions.ts): the same label, keys and “when” as the keyboard, so a menu and
 * the keyboard always offer the same actions.
 * - `ActionButton` shows its keys to assistive technology (aria-keyshortcuts) and, when asked, on screen;
 * - `ActionMenu` opens a named group of actions anchored to an element (the note it is about, or its control);
 * - `ActionMenuButton` opens from a button; `ActionContextMenu` opens at a point (right-click, or the
 *   context-menu key on a focused item).
 * Destructive actions come last, set apart. Closing a menu gives focus back to where it was.
 */
import { useRef, type ReactNode, type RefObject } from 'react';
import { Button, Keyboard, Menu, MenuItem, MenuTrigger, Popover, Text } from 'react-aria-components';
import { ariaKeyShortcuts, formatChord, labelOf, menuEntries, type Action } from './actions';
import './actionMenu.css';

export interface ActionMenuEntry<C> {
  action: Action<C>;
  label: string;
}

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

/** A menu item shows one key, the first: the shortcuts dialog lists the others. */
function firstKey<C>(action: Action<C>): string | null {
  const first = action.keys?.[0];
  if (first === undefined) return null;
  return first === ' ' ? 'Space' : formatChord(first);
}

function Items<C>({
  entries,
  label,
  onAction,
}: {
  entries: readonly ActionMenuEntry<C>[];
  label: string;
  onAction(action: Action<C>): void;
}) {
  const safe = entries.filter((entry) => !entry.action.danger);
  const danger = entries.filter((entry) => entry.action.danger);
  const byName = new Map(entries.map((entry) => [entry.action.name, entry.action]));
  return (
    <Menu className="menu" aria-label={label} autoFocus="first" onAction={(key) => onAction(byName.get(String(key))!)}>
      {[...safe, ...danger].map(({ action, label: itemLabel }, index) => {
        const shortcut = firstKey(action);
        const separated = action.danger && index === safe.length && safe.length > 0;
        return (
          <MenuItem
            key={action.name}
            id={action.name}
            textValue={itemLabel}
            className={`menu-item action-menu-item${action.danger ? ' danger' : ''}${separated ? ' after-separator' : ''}`}
          >
            <Text slot="label">{itemLabel}</Text>
            {/* The keys are drawn by CSS from the attribute: they describe the item (aria-describedby) without
                being part of the text its name must contain. */}
            {shortcut && <Keyboard className="menu-shortcut" data-keys={shortcut} />}
          </MenuItem>
        );
      })}
    </Menu>
  );
}

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
  return (
    <Popover
      className="popover"
      aria-label={label}
      triggerRef={triggerRef}
      placement="bottom start"
      isOpen
      onOpenChange={(open) => !open && onClose()}
    >
      <Items
        entries={entries}
        label={label}
        onAction={(action) => {
          onClose();
          void action.perform(context, { source: 'menu' });
        }}
      />
    </Popover>
  );
}

export function ActionMenuButton<C>({
  entries,
  label,
  children,
  className = 'small-button',
  onAction,
}: {
  entries: readonly ActionMenuEntry<C>[];
  /** The menu's accessible name. */
  label: string;
  /** The button's content. */
  children: ReactNode;
  className?: string;
  onAction(action: Action<C>): void;
}) {
  return (
    <MenuTrigger>
      <Button className={className} isDisabled={!entries.length}>
        {children}
      </Button>
      <Popover className="popover">
        <Items entries={entries} label={label} onAction={onAction} />
      </Popover>
    </MenuTrigger>
  );
}

export function ActionContextMenu<C>({
  at,
  entries,
  label,
  onAction,
  onClose,
}: {
  /** Where it opens, in viewport (client) coordinates. */
  at: { x: number; y: number };
  entries: readonly ActionMenuEntry<C>[];
  label: string;
  onAction(action: Action<C>): void;
  onClose(): void;
}) {
  const anchor = useRef<HTMLSpanElement>(null);
  return (
    <>
      <span ref={anchor} aria-hidden="true" className="context-anchor" style={{ left: at.x, top: at.y }} />
      <Popover
        className="popover"
        aria-label={label}
        triggerRef={anchor}
        placement="bottom start"
        offset={2}
        isOpen
        onOpenChange={(open) => !open && onClose()}
      >
        <Items entries={entries} label={label} onAction={onAction} />
      </Popover>
    </>
  );
}
