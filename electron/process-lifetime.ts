/**
 * How the long-running entry points (`npm start`, `npm run web`) end. npm passes SIGTERM on to the
 * shell it runs a script in, and that shell dies without passing it on, so a process under it learns
 * of the stop only because its parent is gone: that counts as a request to stop, like the signals.
 * (Ctrl+C sends SIGINT to every process of the terminal's foreground group, this one included.)
 */
export type StopReason = NodeJS.Signals | 'parent-gone';

const STOP_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/** How often the parent is checked; a stop is noticed within this time. */
export const PARENT_POLL_MS = 250;

/** Calls `stop` once, on the first stop signal or when the parent process has gone. */
export function onStopRequest(stop: (reason: StopReason) => void): void {
  let stopped = false;
  const stopOnce = (reason: StopReason) => {
    if (stopped) return;
    stopped = true;
    clearInterval(parentWatch);
    stop(reason);
  };
  const parent = process.ppid;
  // An orphan is adopted by init or a subreaper, so its parent id changes.
  const parentWatch = setInterval(() => {
    if (process.ppid !== parent) stopOnce('parent-gone');
  }, PARENT_POLL_MS);
  parentWatch.unref();
  for (const signal of STOP_SIGNALS) process.on(signal, () => stopOnce(signal));
}

/** The signal to pass on to children: a vanished parent is treated as the SIGTERM it most likely was. */
export function signalFor(reason: StopReason): NodeJS.Signals {
  return reason === 'parent-gone' ? 'SIGTERM' : reason;
}
