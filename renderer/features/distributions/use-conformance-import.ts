import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MAX_PRODUCT_FILE_BYTES } from '../../../shared/conformance/conformance-schema';
import { productFileLocation } from '../../../shared/conformance/product-file-location';
import type { ConformanceFile } from '../../../shared/conformance/read-conformance-files';
import { MAX_CONFORMANCE_ZIP_BYTES, readConformanceZip } from '../../../shared/conformance/read-conformance-zip';
import { isUserError } from '../../../shared/user-error';
import type { DescribableError } from '../../../shared/i18n/describe-error';
import { MAX_FILE_NAME_LENGTH } from '../../../shared/ipc/contract';
import { api } from '../../app/api';
import { useAppStore } from '../../app/store';
import { formatMegabytes } from '../catalogue/format-megabytes';

export type ConformanceImportProgress =
  | { phase: 'idle' }
  | { phase: 'importing'; source: string }
  | { phase: 'failed'; error: DescribableError };

type Chosen = { source: string; files: ConformanceFile[]; ignoredFiles: number };

/** The product files of a folder the user picked: paths start at the folder's own name, as in the CLI. */
async function readFolder(files: readonly File[]): Promise<Chosen> {
  const chosen: ConformanceFile[] = [];
  let ignoredFiles = 0;
  for (const file of files) {
    const path = file.webkitRelativePath || file.name;
    if (!productFileLocation(path)) ignoredFiles += 1;
    else if (file.size > MAX_PRODUCT_FILE_BYTES) chosen.push({ path, text: '', oversized: true });
    else chosen.push({ path, text: await file.text() });
  }
  const source = (files[0]?.webkitRelativePath.split('/')[0] || files[0]?.name) ?? '';
  return { source, files: chosen, ignoredFiles };
}

/**
 * Importing a folder or zip of cncf/k8s-conformance into the catalogue, and going back to the bundled
 * data. The page reads only the product files and sends those; main reads, reports and merges them, and
 * a failed import leaves the catalogue as it was.
 */
export function useConformanceImport() {
  const { t } = useTranslation('distributions');
  const language = useAppStore((state) => state.language);
  const setCatalogueSnapshot = useAppStore((state) => state.setCatalogueSnapshot);
  const [progress, setProgress] = useState<ConformanceImportProgress>({ phase: 'idle' });
  const [reportOpen, setReportOpen] = useState(false);
  const [statusMessage, setStatusMessage] = useState('');

  const send = async (chosen: Chosen) => {
    const result = await api.importConformance({ ...chosen, source: chosen.source.slice(0, MAX_FILE_NAME_LENGTH) });
    if (!result.ok) {
      setProgress({ phase: 'failed', error: result.error });
      return;
    }
    setCatalogueSnapshot(result.value.snapshot);
    setProgress({ phase: 'idle' });
    setReportOpen(true);
  };

  const importFolder = async (files: readonly File[]) => {
    if (progress.phase === 'importing' || files.length === 0) return;
    const source = files[0]?.webkitRelativePath.split('/')[0] || (files[0]?.name ?? '');
    setProgress({ phase: 'importing', source });
    await send(await readFolder(files));
  };

  const importZip = async (file: File) => {
    if (progress.phase === 'importing') return;
    if (file.size > MAX_CONFORMANCE_ZIP_BYTES) {
      setProgress({ phase: 'failed', error: { message: t('conformanceImport.tooLarge', { source: file.name, size: formatMegabytes(file.size, language) }) } });
      return;
    }
    setProgress({ phase: 'importing', source: file.name });
    try {
      const { files, ignoredFiles } = readConformanceZip(new Uint8Array(await file.arrayBuffer()), file.name);
      await send({ source: file.name, files, ignoredFiles });
    } catch (error) {
      if (!isUserError(error, 'conformance.notZip')) throw error;
      setProgress({ phase: 'failed', error });
    }
  };

  const removeImport = async () => {
    const result = await api.removeConformanceImport({});
    if (!result.ok) {
      setProgress({ phase: 'failed', error: result.error });
      return;
    }
    setCatalogueSnapshot(result.value);
    setStatusMessage(t('conformanceImport.removed'));
  };

  return {
    progress,
    importFolder,
    importZip,
    removeImport,
    dismissFailure: () => setProgress({ phase: 'idle' }),
    reportOpen,
    setReportOpen,
    statusMessage,
  };
}
