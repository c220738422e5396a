/**
 * Menus built from an action registry (registry.ts): the items that apply now, each with its shortcut beside
 * it, so a menu and the keyboard always offer the same actions. `ActionMenuButton` opens from a button;
 * `ActionContextMenu` opens at a point (right-click, or the context-menu key on a focused item).
 */
import { useRef, type ReactNode } from 'react';
import { Button, Keyboard, Menu, MenuItem, MenuTrigger, Popover, Text } from 'react-aria-components';
import type { MenuEntry } from './registry';

function Items({
  entries,
  label,
  onAction,
}: {
  entries: readonly MenuEntry[];
  label: string;
  onAction(name: string): void;
}) {
  return (
    <Menu className="menu" aria-label={label} autoFocus="first" onAction={(key) => onAction(String(key))}>
      {entries.map((entry) => (
        <MenuItem key={entry.name} id={entry.name} className="menu-item" textValue={entry.label}>
          <Text slot="label">{entry.label}</Text>
          {/* The keys are drawn by CSS from the attribute: they describe the item (aria-describedby) without
              being part of the text its name must contain. */}
          {entry.shortcut && <Keyboard className="menu-shortcut" data-keys={entry.shortcut} />}
        </MenuItem>
      ))}
    </Menu>
  );
}

export function ActionMenuButton({
  entries,
  label,
  children,
  className = 'small-button',
  onAction,
}: {
  entries: readonly MenuEntry[];
  /** The menu's accessible name. */
  label: string;
  /** The button's content. */
  children: ReactNode;
  className?: string;
  onAction(name: string): void;
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

export function ActionContextMenu({
  at,
  entries,
  label,
  onAction,
  onClose,
}: {
  /** Where it opens, in viewport (client) coordinates. */
  at: { x: number; y: number };
  entries: readonly MenuEntry[];
  label: string;
  onAction(name: string): void;
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
