import { create } from 'zustand';

/**
 * What a notice says, as a translation key of the `common` namespace and its parameters, so it reads
 * in whatever language the UI is in when it shows.
 */
export type NoticeText =
  | { key: 'notices.savedTo'; params: { path: string } }
  | { key: 'notices.downloaded'; params: { file: string } }
  | { key: 'notices.opened'; params: { file: string; title: string } };

export type Notice = NoticeText & { id: number; /** A file main wrote, which "Show in folder" can reveal. */ path?: string };

type NoticeStore = {
  notices: Notice[];
  dismiss: (id: number) => void;
};

let nextId = 1;

/** The notices shown now, newest last; a separate store, since they are neither workspace nor plan. */
export const useNotices = create<NoticeStore>()((set) => ({
  notices: [],
  dismiss: (id) => set((state) => ({ notices: state.notices.filter((notice) => notice.id !== id) })),
}));

/** How many notices stay on screen at once; an older one makes room for a new one. */
const MAX_NOTICES = 3;

export function notify(text: NoticeText, path?: string): void {
  const notice: Notice = { ...text, id: nextId++, ...(path === undefined ? {} : { path }) };
  useNotices.setState((state) => ({ notices: [...state.notices, notice].slice(-MAX_NOTICES) }));
}

/** A file written: where, when main saved it through the dialog; the download's name in a browser. */
export function notifySaved(outcome: { path?: string; fileName: string }): void {
  if (outcome.path) notify({ key: 'notices.savedTo', params: { path: outcome.path } }, outcome.path);
  else notify({ key: 'notices.downloaded', params: { file: outcome.fileName } });
}
