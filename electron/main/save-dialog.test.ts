import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => '/home/user/Documents') },
  dialog: { showSaveDialog: vi.fn() },
}));

vi.mock('electron', () => electron);

const { chooseExportPath } = await import('./save-dialog');

const parent = { id: 1 } as unknown as Electron.BrowserWindow;

beforeEach(() => {
  vi.clearAllMocks();
});

describe('chooseExportPath', () => {
  it('suggests the name in Documents, filtered to the format, and returns the chosen path', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: '/tmp/plan.csv' });
    await expect(chooseExportPath(parent, 'plan.csv', 'csv', 'en')).resolves.toBe('/tmp/plan.csv');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(parent, {
      defaultPath: '/home/user/Documents/plan.csv',
      filters: [{ name: 'CSV', extensions: ['csv'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    });
  });

  it('filters to zip files when the export is a zip of several manifests', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await chooseExportPath(parent, 'plan-manifests.zip', 'yaml', 'en');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(parent, expect.objectContaining({ filters: [{ name: 'ZIP', extensions: ['zip'] }] }));
  });

  it('names the filter in the user’s language', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await chooseExportPath(parent, '支付平台.zh-CN.md', 'md', 'zh-CN');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(parent, expect.objectContaining({ filters: [{ name: 'Markdown 文档', extensions: ['md'] }] }));
  });

  it('keeps only the file name the page suggested, never its folders', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await chooseExportPath(null, '../../.bashrc', 'json', 'en');
    expect(electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({ defaultPath: '/home/user/Documents/.bashrc' }),
    );
  });

  it('returns undefined when the user cancels', async () => {
    electron.dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    await expect(chooseExportPath(parent, 'plan.json', 'json', 'en')).resolves.toBeUndefined();
  });
});
