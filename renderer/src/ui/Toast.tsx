// Short-lived messages: outcomes as role="status", failures as role="alert" with the core's own words.
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from './failure-text';

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
  /** Words the failure with failureText (ui/failure-text.ts). */
  error(failure: unknown): void;
}

const INFO_MS = 5_000;
const ACTION_MS = 12_000;
const ERROR_MS = 10_000;

const ToastContext = createContext<Toaster | null>(null);

export function ToastProvider({ children }: { children: ReactNode }) {
  const words = useWords();
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
      error: (failure) => show({ tone: 'error', message: failureText(failure, words) }, ERROR_MS),
    }),
    [show, words],
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
            <button type="button" className="toast-dismiss" aria-label={words.t('toast.dismiss')} onClick={() => dismiss(toast.id)}>
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
