// Exporting a roster grid or table (rosters.exportKols, rosters.exportList): a CSV is written when the call
// answers; a workbook is announced later by rosters.exportDone, heard while the tab that asked is shown.
import { useCallback, useEffect } from 'react';
import { listen } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { useToast } from '../ui/Toast';

type Exported = { file: string; rows: number; written: boolean };

/** `counted`: the words counting what was written, KOLs or rows. */
export function useRosterExport(counted: 'kols' | 'rows'): (exporting: () => Promise<Exported>) => Promise<void> {
  const { t } = useWords();
  const toast = useToast();
  useEffect(() => listen('rosters.exportDone', ({ file, error }) => (error ? toast.error(new Error(error)) : toast.info(t('rosters.export.written', { file })))), [toast, t]);
  return useCallback(
    async (exporting) => {
      try {
        const { file, rows, written } = await exporting();
        const words = counted === 'kols' ? (written ? 'rosters.export.done' : 'rosters.export.writing') : written ? 'rosters.export.rowsDone' : 'rosters.export.rowsWriting';
        toast.info(t(words, { rows, file }));
      } catch (failure) {
        toast.error(failure);
      }
    },
    [counted, toast, t],
  );
}
