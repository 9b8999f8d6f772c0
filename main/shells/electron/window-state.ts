// The window's size and place between launches. Takes the displays' work areas as an argument rather
// than asking Electron's `screen`, so the validation runs (and can be tested) without Electron.
import { readFileSync, writeFileSync } from 'node:fs';
import type { BrowserWindow, Rectangle } from 'electron';

export interface WindowState {
  /** Without x and y the window opens centred. */
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

const DEFAULT_WINDOW_STATE: WindowState = { bounds: { width: 1280, height: 800 }, maximized: false };

const MIN_WIDTH = 480;
const MIN_HEIGHT = 320;
/** How much of the window must lie on a display for its title bar to be within reach. */
const MIN_VISIBLE = 64;
const SAVE_DELAY_MS = 500;

function isInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value);
}

function overlaps(window: Rectangle, area: Rectangle): boolean {
  const width = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
  const height = Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y);
  return width >= MIN_VISIBLE && height >= MIN_VISIBLE;
}

/** The saved state, or the default when the file is missing or broken; a position off every display is dropped. */
export function readWindowState(file: string, workAreas: readonly Rectangle[]): WindowState {
  let saved: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return DEFAULT_WINDOW_STATE;
    saved = parsed as Record<string, unknown>;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
  const { x, y, width, height, maximized } = saved;
  if (!isInteger(width) || !isInteger(height) || width < MIN_WIDTH || height < MIN_HEIGHT) return DEFAULT_WINDOW_STATE;
  const state: WindowState = { bounds: { width, height }, maximized: maximized === true };
  if (isInteger(x) && isInteger(y) && workAreas.some((area) => overlaps({ x, y, width, height }, area))) {
    state.bounds = { x, y, width, height };
  }
  return state;
}

/** Saves the window's state shortly after it moves or resizes, and at once when it closes. */
export function rememberWindowState(window: BrowserWindow, file: string): void {
  let timer: NodeJS.Timeout | undefined;
  const save = () => {
    clearTimeout(timer);
    // The normal bounds, so a maximized window still comes back to its own size when unmaximized.
    const state = { ...window.getNormalBounds(), maximized: window.isMaximized() };
    try {
      writeFileSync(file, JSON.stringify(state));
    } catch (error) {
      console.warn(`Could not save the window position: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, SAVE_DELAY_MS);
  };
  window.on('resize', saveSoon);
  window.on('move', saveSoon);
  window.on('close', save);
}
