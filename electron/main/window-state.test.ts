import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as JsonFileStore from '../core/json-file-store';

type Rectangle = { x: number; y: number; width: number; height: number };

const fakes = vi.hoisted(() => {
  const displays: { workArea: Rectangle }[] = [];
  return {
    displays,
    electron: {
      screen: {
        getAllDisplays: () => displays,
        getPrimaryDisplay: () => displays[0],
      },
    },
    writeJsonFileAtomic: vi.fn(async () => undefined),
  };
});

vi.mock('electron', () => fakes.electron);
vi.mock('../core/json-file-store', async (importOriginal) => ({
  ...(await importOriginal<typeof JsonFileStore>()),
  writeJsonFileAtomic: fakes.writeJsonFileAtomic,
}));

const { DEFAULT_WINDOW_SIZE, SAVE_DELAY_MS, fitBoundsToWorkAreas, restoreWindowState, trackWindowState } = await import(
  './window-state'
);

/** A 1920×1080 laptop screen with a 40 px menu bar, and a 2560×1440 monitor to its right. */
const laptop: Rectangle = { x: 0, y: 40, width: 1920, height: 1040 };
const monitor: Rectangle = { x: 1920, y: 0, width: 2560, height: 1440 };

describe('fitBoundsToWorkAreas', () => {
  it('keeps bounds that are fully on a display', () => {
    const bounds = { x: 2100, y: 100, width: 1200, height: 800 };
    expect(fitBoundsToWorkAreas(bounds, [laptop, monitor], laptop)).toEqual(bounds);
  });

  it('centres a window left on a monitor that is gone onto the primary display', () => {
    const onUnpluggedMonitor = { x: 2100, y: 100, width: 1200, height: 800 };
    expect(fitBoundsToWorkAreas(onUnpluggedMonitor, [laptop], laptop)).toEqual({ x: 360, y: 160, width: 1200, height: 800 });
  });

  it('pulls a window hanging off an edge back inside the display it mostly covers', () => {
    expect(fitBoundsToWorkAreas({ x: -300, y: 0, width: 1000, height: 700 }, [laptop], laptop)).toEqual({
      x: 0,
      y: 40,
      width: 1000,
      height: 700,
    });
    expect(fitBoundsToWorkAreas({ x: 4000, y: 1200, width: 1000, height: 700 }, [laptop, monitor], laptop)).toEqual({
      x: 3480,
      y: 740,
      width: 1000,
      height: 700,
    });
  });

  it('shrinks a window larger than its display', () => {
    expect(fitBoundsToWorkAreas({ x: 10, y: 50, width: 3000, height: 2000 }, [laptop], laptop)).toEqual(laptop);
  });
});

describe('restoreWindowState', () => {
  let dir: string;
  let statePath: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'kube-planner-window-'));
    statePath = join(dir, 'window-state.json');
    fakes.displays.splice(0, fakes.displays.length, { workArea: laptop }, { workArea: monitor });
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('opens at the default size, centred by Electron, when nothing was saved', async () => {
    expect(await restoreWindowState(statePath)).toEqual({ bounds: DEFAULT_WINDOW_SIZE, isMaximized: false });
  });

  it('restores saved bounds and the maximized state', async () => {
    const saved = { bounds: { x: 2000, y: 50, width: 1400, height: 900 }, isMaximized: true };
    await writeFile(statePath, JSON.stringify(saved));
    expect(await restoreWindowState(statePath)).toEqual(saved);
  });

  it('brings saved bounds that are now off-screen back onto a display', async () => {
    fakes.displays.splice(1);
    await writeFile(statePath, JSON.stringify({ bounds: { x: 5000, y: 50, width: 1400, height: 900 }, isMaximized: false }));
    expect(await restoreWindowState(statePath)).toEqual({
      bounds: { x: 260, y: 110, width: 1400, height: 900 },
      isMaximized: false,
    });
  });

  it('falls back to the default for a corrupt or malformed file', async () => {
    await writeFile(statePath, '{ not json');
    expect((await restoreWindowState(statePath)).bounds).toEqual(DEFAULT_WINDOW_SIZE);
    await writeFile(statePath, JSON.stringify({ bounds: { x: 'left' }, isMaximized: 'yes' }));
    expect((await restoreWindowState(statePath)).bounds).toEqual(DEFAULT_WINDOW_SIZE);
  });
});

describe('trackWindowState', () => {
  type Listener = () => void;

  function fakeWindow() {
    const listeners = new Map<string, Listener[]>();
    return {
      bounds: { x: 10, y: 60, width: 1000, height: 700 },
      maximized: false,
      on(name: string, listener: Listener) {
        listeners.set(name, [...(listeners.get(name) ?? []), listener]);
      },
      emit(name: string) {
        for (const listener of listeners.get(name) ?? []) listener();
      },
      getNormalBounds() {
        return this.bounds;
      },
      isMaximized() {
        return this.maximized;
      },
    };
  }

  beforeEach(() => {
    vi.useFakeTimers();
    fakes.writeJsonFileAtomic.mockClear();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes once after a burst of moves and resizes has settled', () => {
    const window = fakeWindow();
    trackWindowState(window as unknown as Electron.BrowserWindow, '/data/window-state.json');
    window.emit('move');
    window.emit('resize');
    window.bounds = { x: 20, y: 80, width: 1100, height: 720 };
    window.emit('resize');
    vi.advanceTimersByTime(SAVE_DELAY_MS - 1);
    expect(fakes.writeJsonFileAtomic).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(fakes.writeJsonFileAtomic).toHaveBeenCalledExactlyOnceWith('/data/window-state.json', {
      bounds: { x: 20, y: 80, width: 1100, height: 720 },
      isMaximized: false,
    });
  });

  it('saves the maximized state and saves at once on close instead of waiting', () => {
    const window = fakeWindow();
    trackWindowState(window as unknown as Electron.BrowserWindow, '/data/window-state.json');
    window.maximized = true;
    window.emit('maximize');
    window.emit('close');
    expect(fakes.writeJsonFileAtomic).toHaveBeenCalledExactlyOnceWith('/data/window-state.json', {
      bounds: { x: 10, y: 60, width: 1000, height: 700 },
      isMaximized: true,
    });
    vi.advanceTimersByTime(SAVE_DELAY_MS);
    expect(fakes.writeJsonFileAtomic).toHaveBeenCalledOnce();
  });
});
