/**
 * A text field that offers suggestions and takes any text (react-aria ComboBox with custom values): type freely,
 * or ↓ to open the suggestions, arrows to choose, Enter to take one. `onCommit`, when given, makes Enter commit the
 * typed text (adding a partner to a list) instead of submitting the surrounding form.
 */
import { useRef, useState } from 'react';
import { Button, ComboBox, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';

export interface SuggestFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  suggestions: readonly string[];
  /** Called with the text when the person presses Enter or picks a suggestion; the field is then cleared. */
  onCommit?(value: string): void;
  description?: string;
  className?: string;
}

export function SuggestField({
  label,
  value,
  onChange,
  suggestions,
  onCommit,
  description,
  className,
}: SuggestFieldProps) {
  // What is in the input now, for the Enter handler's deferred check (state would be a render behind).
  const typed = useRef(value);
  // Each commit starts a fresh, closed field with the focus kept in it, ready for the next name.
  const [round, setRound] = useState(0);
  const commit = (text: string) => {
    const clean = text.trim();
    if (!clean || !onCommit) return;
    onCommit(clean);
    typed.current = '';
    onChange('');
    setRound((r) => r + 1);
  };
  return (
    <ComboBox
      key={round}
      autoFocus={round > 0}
      className={`field suggest-field${className ? ` ${className}` : ''}`}
      allowsCustomValue
      allowsEmptyCollection
      menuTrigger="input"
      inputValue={value}
      onInputChange={(text) => {
        typed.current = text;
        onChange(text);
      }}
      defaultItems={suggestions.map((name) => ({ id: name, name }))}
      onSelectionChange={(key) => {
        if (key === null) return;
        if (onCommit) commit(String(key));
        else onChange(String(key));
      }}
    >
      <Label>{label}</Label>
      <div className="combo-row">
        <Input
          onKeyDown={(event) => {
            if (!onCommit || event.key !== 'Enter') return;
            // Enter adds what was typed, never submits the form; a suggestion picked by Enter commits itself first.
            event.preventDefault();
            const text = typed.current;
            setTimeout(() => {
              if (typed.current === text) commit(text);
            }, 0);
          }}
        />
        <Button className="small-button" aria-label={`Show suggestions for ${label.toLowerCase()}`}>
          ▾
        </Button>
      </div>
      {description && (
        <Text slot="description" className="muted">
          {description}
        </Text>
      )}
      <Popover className="popover">
        <ListBox<{ id: string; name: string }> className="listbox">
          {(item) => (
            <ListBoxItem id={item.id} textValue={item.name} className="listbox-item">
              {item.name}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
