import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeError } from '../../shared/i18n/describe-error';
import type { IpcErrorPayload } from '../../shared/ipc/result';

type LoadGateProps<T> = {
  /** What main sent, or null while it is on its way (see useLoadFromMain). */
  data: T | null;
  error: IpcErrorPayload | undefined;
  onRetry: () => void;
  loadingText: ReactNode;
  /** The page's sentence around the failure, given the failure in the user's language. */
  failureText: (reason: string) => ReactNode;
  retryText: ReactNode;
  children: (data: T) => ReactNode;
  /**
   * What surrounds the loading line or the failure, for a page whose content brings its own frame (its
   * section and title) and so cannot sit inside one the page draws around the gate.
   */
  around?: (notice: ReactNode) => ReactNode;
};

/**
 * The content once the data from main is here; until then a status line says it is loading, and a
 * failure is an alert with a way to ask again.
 */
export function LoadGate<T>({
  data,
  error,
  onRetry,
  loadingText,
  failureText,
  retryText,
  children,
  around = (notice) => notice,
}: LoadGateProps<T>) {
  const { t } = useTranslation();
  if (data !== null) return children(data);
  if (error) {
    return around(
      <div className="notice error" role="alert">
        <span>{failureText(describeError(error, t))}</span>
        <button type="button" className="button" onClick={onRetry}>
          {retryText}
        </button>
      </div>,
    );
  }
  return around(
    <p className="page-intro" role="status">
      {loadingText}
    </p>,
  );
}
