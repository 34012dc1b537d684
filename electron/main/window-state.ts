import { type BrowserWindow, type Rectangle, screen } from 'electron';
import { z } from 'zod';
import { UserError } from '../../shared/user-error';
import { readJsonFile, writeJsonFileAtomic } from '../core/json-file-store';

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 800 };
export const MIN_WINDOW_SIZE = { width: 800, height: 560 };
/** Moving or resizing fires many events; one write after the user stops is enough. */
export const SAVE_DELAY_MS = 500;

const windowStateSchema = z.object({
  bounds: z.object({
    x: z.number().int(),
    y: z.number().int(),
    width: z.number().int().positive(),
    height: z.number().int().positive(),
  }),
  isMaximized: z.boolean(),
});
export type WindowState = z.infer<typeof windowStateSchema>;

/** What to create the window with: no x/y means Electron centres it. */
export type RestoredWindowState = {
  bounds: Pick<Rectangle, 'width' | 'height'> & Partial<Pick<Rectangle, 'x' | 'y'>>;
  isMaximized: boolean;
};

function overlapArea(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

/**
 * Puts saved bounds wholly inside a display's work area: the display the window mostly overlaps,
 * or centred on the primary display when it overlaps none (a monitor was unplugged, the
 * resolution shrank). The window is shrunk if it is larger than that work area.
 */
export function fitBoundsToWorkAreas(bounds: Rectangle, workAreas: Rectangle[], primaryWorkArea: Rectangle): Rectangle {
  let target: Rectangle | null = null;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const overlap = overlapArea(bounds, area);
    if (overlap > bestOverlap) {
      bestOverlap = overlap;
      target = area;
    }
  }
  const area = target ?? primaryWorkArea;
  const width = Math.min(bounds.width, area.width);
  const height = Math.min(bounds.height, area.height);
  if (target === null) {
    return {
      x: area.x + Math.round((area.width - width) / 2),
      y: area.y + Math.round((area.height - height) / 2),
      width,
      height,
    };
  }
  return {
    x: clamp(bounds.x, area.x, area.x + area.width - width),
    y: clamp(bounds.y, area.y, area.y + area.height - height),
    width,
    height,
  };
}

/** A missing or corrupt file only costs the window position, so both mean "no saved state". */
async function readSavedWindowState(statePath: string): Promise<WindowState | null> {
  try {
    return await readJsonFile(statePath, windowStateSchema.nullable(), null);
  } catch (error) {
    if (error instanceof UserError) return null;
    throw error;
  }
}

/** The bounds and maximized state to open the window with, fitted to today's displays. */
export async function restoreWindowState(statePath: string): Promise<RestoredWindowState> {
  const saved = await readSavedWindowState(statePath);
  const primaryWorkArea = screen.getPrimaryDisplay().workArea;
  if (saved === null) {
    return {
      bounds: {
        width: Math.min(DEFAULT_WINDOW_SIZE.width, primaryWorkArea.width),
        height: Math.min(DEFAULT_WINDOW_SIZE.height, primaryWorkArea.height),
      },
      isMaximized: false,
    };
  }
  const workAreas = screen.getAllDisplays().map((display) => display.workArea);
  return { bounds: fitBoundsToWorkAreas(saved.bounds, workAreas, primaryWorkArea), isMaximized: saved.isMaximized };
}

/**
 * Saves the window's bounds and maximized state while it is used, debounced, and once more as it
 * closes. The normal (unmaximized) bounds are kept, so un-maximizing after a restart returns the
 * window to the size the user gave it.
 */
export function trackWindowState(window: BrowserWindow, statePath: string): void {
  let pendingSave: ReturnType<typeof setTimeout> | undefined;

  const save = (): void => {
    const state: WindowState = { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() };
    writeJsonFileAtomic(statePath, state).catch((error: unknown) => console.error('Could not save the window state:', error));
  };
  const saveSoon = (): void => {
    clearTimeout(pendingSave);
    pendingSave = setTimeout(save, SAVE_DELAY_MS);
  };

  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', () => {
    clearTimeout(pendingSave);
    save();
  });
}
