import { useEffect, useState } from 'react';
import type { IpcErrorPayload, IpcResult } from '../../shared/ipc/result';

/**
 * Data main owns (the catalogue, the trade-off data) is fetched once per run into the store, and
 * every page that shows it shares that copy. `load` and `keep` must be stable functions; after a
 * failure the page shows `error`, and `retry` asks main again.
 */
export function useLoadFromMain<T>(data: T | null, load: () => Promise<IpcResult<T>>, keep: (value: T) => void) {
  const [error, setError] = useState<IpcErrorPayload>();
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (data) return;
    let current = true;
    void load().then((result) => {
      if (!current) return;
      if (result.ok) keep(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [data, attempt, load, keep]);
  const retry = () => {
    setError(undefined);
    setAttempt((value) => value + 1);
  };
  return { error, retry };
}
