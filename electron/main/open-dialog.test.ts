import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getPath: vi.fn(() => '/home/user/Documents') },
  dialog: { showOpenDialog: vi.fn() },
}));

vi.mock('electron', () => electron);

const { choosePlanFileToOpen } = await import('./open-dialog');

const parent = { id: 1 } as unknown as Electron.BrowserWindow;

beforeEach(() => {
  vi.clearAllMocks();
});

describe('choosePlanFileToOpen', () => {
  it('opens one file from Documents, filtered to JSON, and returns its path', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/home/user/Documents/team.kplan.json'] });
    await expect(choosePlanFileToOpen(parent)).resolves.toBe('/home/user/Documents/team.kplan.json');
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(parent, {
      defaultPath: '/home/user/Documents',
      filters: [{ name: 'Kube Planner plan', extensions: ['json'] }],
      properties: ['openFile'],
    });
  });

  it('works without a parent window', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: ['/tmp/a.kplan.json'] });
    await expect(choosePlanFileToOpen(null)).resolves.toBe('/tmp/a.kplan.json');
    expect(electron.dialog.showOpenDialog).toHaveBeenCalledWith(expect.objectContaining({ properties: ['openFile'] }));
  });

  it('returns undefined when the user cancels', async () => {
    electron.dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    await expect(choosePlanFileToOpen(parent)).resolves.toBeUndefined();
  });
});
