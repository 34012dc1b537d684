import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the browser host and the CLI keep their files. It is the folder Electron uses for
 * userData on Linux, so the desktop app, the browser host and the CLI see the same catalogue
 * import and preferences. `KUBE_PLANNER_DATA_DIR` points elsewhere (the tests give each run its own).
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.KUBE_PLANNER_DATA_DIR) return env.KUBE_PLANNER_DATA_DIR;
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Kube Planner');
  if (process.platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'Kube Planner');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'Kube Planner');
}

/** The OS locale as Node sees it (LANG and friends), for the default language. */
export function systemLocale(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.LC_ALL || env.LC_MESSAGES || env.LANG;
  if (fromEnv && fromEnv !== 'C' && fromEnv !== 'POSIX') return fromEnv.split('.')[0]!.replace('_', '-');
  return Intl.DateTimeFormat().resolvedOptions().locale;
}
