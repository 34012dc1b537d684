import { api } from './api';
import { useAppStore } from './store';

/** Says once what main reset in a damaged state file, naming the file and the fields. */
export async function reportStateNotices(): Promise<void> {
  const result = await api.takeStateNotices({});
  if (!result.ok) return;
  for (const notice of result.value.notices) useAppStore.getState().reportError(notice);
}
