export const planExport = {
  title: 'Export',
};
