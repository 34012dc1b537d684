import type { planExport as en } from '../en/planExport';

export const planExport: typeof en = {
  title: '导出',
};
