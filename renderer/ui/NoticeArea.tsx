import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../app/api';
import { useAppStore } from '../app/store';
import { type Notice, useNotices } from './notices';

/** Long enough to read a path twice; the file stays named in the export panel or the plans list after. */
const NOTICE_MS = 8_000;

function NoticeItem({ notice }: { notice: Notice }) {
  const { t } = useTranslation();
  const dismiss = useNotices((state) => state.dismiss);
  useEffect(() => {
    const timer = setTimeout(() => dismiss(notice.id), NOTICE_MS);
    return () => clearTimeout(timer);
  }, [dismiss, notice.id]);
  const path = notice.path;
  return (
    <div className="notice-toast" data-notice={notice.key}>
      <span className="notice-text">{t(notice.key, notice.params)}</span>
      {path !== undefined && (
        <button
          type="button"
          className="button subtle"
          onClick={async () => {
            const result = await api.showItemInFolder({ path });
            if (!result.ok) useAppStore.getState().reportError(result.error);
          }}
        >
          {t('notices.showInFolder')}
        </button>
      )}
      <button type="button" className="icon-button small" aria-label={t('notices.dismiss')} title={t('notices.dismiss')} onClick={() => dismiss(notice.id)}>
        <svg viewBox="0 0 12 12" width="10" height="10" aria-hidden="true" focusable="false">
          <path d="m3 3 6 6M9 3 3 9" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </button>
    </div>
  );
}

/**
 * Non-blocking notices after an export, a save or an opened file: what was written and where. The
 * region is a polite live region, so a screen reader says each one without moving the focus.
 */
export function NoticeArea() {
  const { t } = useTranslation();
  const notices = useNotices((state) => state.notices);
  return (
    <div className="notice-area" role="status" aria-live="polite" aria-label={t('notices.label')}>
      {notices.map((notice) => (
        <NoticeItem key={notice.id} notice={notice} />
      ))}
    </div>
  );
}
