// A modal on the native <dialog>: it traps focus, makes the page behind inert and closes on Escape.
// It is drawn in <body>, not where it is opened: the top layer lifts its box out of the header or toolbar
// that opens it, but not out of their inherited styles (the header's nowrap once ran the sign-in dialog
// out of itself), so every dialog gets the same layout wherever its button sits.
import { useEffect, useRef, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

interface DialogProps {
  label: string;
  onClose(): void;
  children: ReactNode;
  className?: string;
}

/** Mount it to open it; the parent unmounts it in onClose. The control marked data-autofocus gets the focus. */
export function Dialog({ label, onClose, children, className }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const onCloseRef = useRef(onClose);
  useEffect(() => {
    onCloseRef.current = onClose;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    dialog.showModal();
    // React's autoFocus runs while the dialog is still closed (nothing in it can take focus then), and showModal
    // focuses the first control, often Cancel: a dialog marks what Enter should do with data-autofocus instead.
    dialog.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    // Escape fires `cancel`; let React state close it so the parent stays the single source of truth.
    const cancel = (event: Event) => {
      event.preventDefault();
      onCloseRef.current();
    };
    // Chromium may still close it natively (a second Escape without user activation): follow suit.
    const closed = () => onCloseRef.current();
    dialog.addEventListener('cancel', cancel);
    dialog.addEventListener('close', closed);
    return () => {
      dialog.removeEventListener('cancel', cancel);
      dialog.removeEventListener('close', closed);
      dialog.close();
    };
  }, []);

  return createPortal(
    <dialog ref={ref} aria-label={label} className={`dialog ${className ?? ''}`}>
      {children}
    </dialog>,
    document.body,
  );
}
