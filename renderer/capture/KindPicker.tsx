/**
 * Alt+K: the note kinds in a menu, numbered; a digit chooses at once (0 for none), arrows and Enter work too,
 * Esc leaves it unchanged. For the next note (anchored to the Kind field) or for the focused feed note.
 */
import type { KeyboardEvent, RefObject } from 'react';
import { flushSync } from 'react-dom';
import { Keyboard, Menu, MenuItem, Popover } from 'react-aria-components';
import type { NoteKind } from '../../shared/domain/schemas';
import { CAPTURE_TEXT as T } from './messages';

const NONE = 'none';

export function KindPicker({
  kinds,
  current,
  triggerRef,
  onChoose,
  onClose,
  returnFocus,
}: {
  kinds: readonly NoteKind[];
  current: string | null;
  triggerRef: RefObject<Element | null>;
  onChoose(kind: NoteKind | null): void;
  onClose(): void;
  /** Where typing goes on: the note box or the note. */
  returnFocus(): void;
}) {
  // Focus goes back at once, not a frame later as the popover would: the next key is already the note's text.
  const close = () => {
    flushSync(onClose);
    returnFocus();
  };
  const choose = (key: string) => {
    close();
    onChoose(key === NONE ? null : (kinds.find((k) => k.id === key) ?? null));
  };
  // With or without Alt held from Alt+K: the digit is the choice, not a speaker.
  const onKeyDownCapture = (event: KeyboardEvent) => {
    const digit = /^(?:Digit|Numpad)(\d)$/.exec(event.code);
    if (!digit || event.ctrlKey || event.metaKey) return;
    const n = Number(digit[1]);
    if (n > kinds.length) return;
    event.preventDefault();
    event.stopPropagation();
    choose(n === 0 ? NONE : kinds[n - 1]!.id);
  };
  return (
    <Popover
      className="popover kind-picker"
      aria-label={T.chooseKind}
      triggerRef={triggerRef}
      placement="bottom start"
      isOpen
      onOpenChange={(open) => !open && close()}
    >
      <div onKeyDownCapture={onKeyDownCapture}>
        <Menu
          className="menu"
          aria-label={T.chooseKind}
          autoFocus
          selectionMode="single"
          selectedKeys={[current ?? NONE]}
          onAction={(key) => choose(String(key))}
        >
          <MenuItem id={NONE} textValue={T.noKind} className="menu-item kind-item">
            <Keyboard className="kind-digit">0</Keyboard>
            <span>{T.noKind}</span>
          </MenuItem>
          {kinds.map((kind, index) => (
            <MenuItem key={kind.id} id={kind.id} textValue={kind.name} className="menu-item kind-item">
              <Keyboard className="kind-digit">{index < 9 ? index + 1 : ' '}</Keyboard>
              <span className="swatch" style={{ background: kind.color }} aria-hidden="true" />
              <span>{kind.name}</span>
            </MenuItem>
          ))}
        </Menu>
      </div>
    </Popover>
  );
}
