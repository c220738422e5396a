/** A button that asks first, in an accessible alert dialog, before an action that removes data. */
import { useState, type ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { ConfirmDialog } from './ConfirmDialog';

export function ConfirmButton({
  label,
  confirmText,
  confirmLabel,
  onConfirm,
  children,
}: {
  label: string;
  confirmText: string;
  confirmLabel: string;
  onConfirm(): unknown;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="small-button danger" aria-label={label} onPress={() => setOpen(true)}>
        {children}
      </Button>
      <ConfirmDialog
        title={label}
        confirmLabel={confirmLabel}
        isOpen={open}
        onClose={() => setOpen(false)}
        onConfirm={() => void onConfirm()}
      >
        <p>{confirmText}</p>
      </ConfirmDialog>
    </>
  );
}
