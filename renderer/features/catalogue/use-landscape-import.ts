import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_LANDSCAPE_BYTES } from '../../../shared/catalogue/landscape-import-report';
import type { DescribableError } from '../../../shared/i18n/describe-error';
import { MAX_FILE_NAME_LENGTH } from '../../../shared/ipc/contract';
import { api } from '../../app/api';
import { useAppStore } from '../../app/store';
import { formatMegabytes } from './format-megabytes';

export type ImportProgress =
  | { phase: 'idle' }
  | { phase: 'importing'; fileName: string }
  /** `error` is main's (translated where shown) or `{ message }` already in the UI language. */
  | { phase: 'failed' | 'removal-failed'; error: DescribableError };


/**
 * Importing a landscape file and removing the import. A failed import leaves the catalogue exactly as
 * it was (main only replaces it once the new one is saved) and says what went wrong, naming the file.
 */
export function useLandscapeImport() {
  const { t } = useTranslation('catalogue');
  const language = useAppStore((state) => state.language);
  const setCatalogueSnapshot = useAppStore((state) => state.setCatalogueSnapshot);
  const [progress, setProgress] = useState<ImportProgress>({ phase: 'idle' });
  const [reportOpen, setReportOpen] = useState(false);

  // One object while nothing it holds changes, so the page's memoized header is not redrawn by a keystroke.
  return useMemo(() => {
    const importFile = async (file: File) => {
      if (progress.phase === 'importing') return;
      if (file.size > MAX_LANDSCAPE_BYTES) {
        setProgress({
          phase: 'failed',
          error: { message: t('import.tooLarge', { file: file.name, size: formatMegabytes(file.size, language) }) },
        });
        return;
      }
      setProgress({ phase: 'importing', fileName: file.name });
      let content: string;
      try {
        content = await file.text();
      } catch (error) {
        setProgress({ phase: 'failed', error: { message: t('import.readFailed', { file: file.name, message: (error as Error).message }) } });
        return;
      }
      const result = await api.importLandscape({ fileName: file.name.slice(0, MAX_FILE_NAME_LENGTH), content });
      if (!result.ok) {
        setProgress({ phase: 'failed', error: result.error });
        return;
      }
      setCatalogueSnapshot(result.value.snapshot);
      setProgress({ phase: 'idle' });
      setReportOpen(true);
    };

    /** Resolves to whether the import was removed; a failure is shown, with the catalogue as it was. */
    const removeImport = async (): Promise<boolean> => {
      const result = await api.removeLandscapeImport({});
      if (!result.ok) {
        setProgress({ phase: 'removal-failed', error: result.error });
        return false;
      }
      setCatalogueSnapshot(result.value);
      return true;
    };

    return {
      progress,
      importFile,
      removeImport,
      dismissFailure: () => setProgress({ phase: 'idle' }),
      reportOpen,
      setReportOpen,
    };
  }, [progress, reportOpen, t, language, setCatalogueSnapshot]);
}

export type LandscapeImport = ReturnType<typeof useLandscapeImport>;
