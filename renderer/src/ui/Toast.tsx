// Short-lived messages: outcomes as role="status", failures as role="alert" with the core's own words.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { ApiError } from '../api';

export interface ToastAction {
  label: string;
  run(): void;
}

interface ToastItem {
  id: number;
  tone: 'info' | 'error';
  message: string;
  action?: ToastAction;
}

export interface Toaster {
  info(message: string, action?: ToastAction): void;
  /** Shows an ApiError's message as is; anything else is a fault in the console itself. */
  error(failure: unknown): void;
}

const INFO_MS = 5_000;
const ACTION_MS = 12_000;
const ERROR_MS = 10_000;

const ToastContext = createContext<Toaster | null>(null);

function messageOf(failure: unknown): string {
  if (failure instanceof ApiError) return failure.message;
  const detail = failure instanceof Error ? failure.message : String(failure);
  return `Something went wrong in the console: ${detail}`;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<ToastItem[]>([]);
  const nextId = useRef(1);

  const dismiss = useCallback((id: number) => setToasts((all) => all.filter((toast) => toast.id !== id)), []);

  const show = useCallback(
    (toast: Omit<ToastItem, 'id'>, lifetimeMs: number) => {
      const id = nextId.current++;
      setToasts((all) => [...all.slice(-3), { ...toast, id }]);
      window.setTimeout(() => dismiss(id), lifetimeMs);
    },
    [dismiss],
  );

  const toaster = useMemo<Toaster>(
    () => ({
      info: (message, action) => show({ tone: 'info', message, action }, action ? ACTION_MS : INFO_MS),
      error: (failure) => show({ tone: 'error', message: messageOf(failure) }, ERROR_MS),
    }),
    [show],
  );

  return (
    <ToastContext value={toaster}>
      {children}
      <div className="toasts">
        {toasts.map((toast) => (
          <div key={toast.id} className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : 'status'}>
            <span className="toast-message">{toast.message}</span>
            {toast.action && (
              <button
                type="button"
                className="toast-action"
                onClick={() => {
                  dismiss(toast.id);
                  toast.action?.run();
                }}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" className="toast-dismiss" aria-label="Dismiss" onClick={() => dismiss(toast.id)}>
              ×
            </button>
          </div>
        ))}
      </div>
    </ToastContext>
  );
}

export function useToast(): Toaster {
  const toaster = useContext(ToastContext);
  if (!toaster) throw new Error('useToast needs a ToastProvider above it');
  return toaster;
}
