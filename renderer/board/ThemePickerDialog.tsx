/**
 * A modal with one searchable list of themes (react-aria ComboBox): "Move to theme", "Nest under" and
 * "Merge into" all pick a theme this way. Type to narrow, arrows to choose, Enter to apply, Esc to cancel.
 */
import {
  Button,
  ComboBox,
  Dialog,
  Heading,
  Input,
  Label,
  ListBox,
  ListBoxItem,
  Modal,
  ModalOverlay,
  Popover,
  Text,
} from 'react-aria-components';
import { DialogFooter } from '../ui/ConfirmDialog';
import { useT } from '../ui/i18n';

export interface PickOption {
  id: string;
  label: string;
}

export interface ThemePickerProps {
  title: string;
  description?: string;
  fieldLabel?: string;
  options: readonly PickOption[];
  onPick(id: string): void;
  onClose(): void;
}

export function ThemePickerDialog({ title, description, fieldLabel, options, onPick, onClose }: ThemePickerProps) {
  const { t, locale } = useT();
  const field = fieldLabel ?? t('board.themeField');
  return (
    <ModalOverlay className="modal-overlay" isOpen onOpenChange={(open) => !open && onClose()} isDismissable>
      <Modal className="modal">
        <Dialog className="dialog">
          <Heading slot="title">{title}</Heading>
          {description && <p>{description}</p>}
          {options.length === 0 ? (
            <p className="empty">{t('board.noThemesToPick')}</p>
          ) : (
            <ComboBox
              className="field theme-combo"
              defaultItems={options}
              menuTrigger="focus"
              autoFocus
              onSelectionChange={(key) => {
                if (key === null) return;
                onPick(String(key));
                onClose();
              }}
            >
              <Label>{field}</Label>
              <div className="combo-row">
                <Input />
                <Button
                  className="small-button"
                  aria-label={t('board.showAllChoices', { field: field.toLocaleLowerCase(locale) })}
                >
                  ▾
                </Button>
              </div>
              <Text slot="description" className="muted">
                {t('board.pickHint')}
              </Text>
              <Popover className="popover">
                <ListBox<PickOption> className="listbox">
                  {(option) => (
                    <ListBoxItem id={option.id} textValue={option.label} className="listbox-item">
                      {option.label}
                    </ListBoxItem>
                  )}
                </ListBox>
              </Popover>
            </ComboBox>
          )}
          <DialogFooter>
            <Button onPress={onClose}>{t('ui.cancel')}</Button>
          </DialogFooter>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
