/**
 * A modal dialog on the browser's own <dialog> (showModal): the rest of the page is inert,
 * Tab stays inside, Esc asks the dialog to close (`onCancel`; without it Esc does nothing,
 * e.g. while an import runs), focus moves into it (to the element marked `data-autofocus`,
 * else the first control) and back to where it was when it closes.
 */
import { useEffect, useRef, type ReactNode } from 'react';

export interface ModalProps {
  className?: string;
  labelledBy: string;
  testId?: string;
  /** Esc (and the dialog's cancel event): close it. Absent: Esc is ignored. */
  onCancel?: () => void;
  children: ReactNode;
}

export function Modal({ className = '', labelledBy, testId, onCancel, children }: ModalProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef(onCancel);
  cancel.current = onCancel;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    // The default button (`data-autofocus`): React's autoFocus runs before showModal moves focus.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    const onCancelEvent = (event: Event): void => {
      event.preventDefault();
      cancel.current?.();
    };
    dialog.addEventListener('cancel', onCancelEvent);
    return () => {
      dialog.removeEventListener('cancel', onCancelEvent);
      if (dialog.open) dialog.close();
      if (before?.isConnected) before.focus();
    };
  }, []);

  return (
    <dialog ref={ref} className={`modal ${className}`.trim()} aria-labelledby={labelledBy} data-testid={testId}>
      {children}
    </dialog>
  );
}
