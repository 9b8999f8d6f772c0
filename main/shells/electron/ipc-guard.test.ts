import { describe, expect, it } from 'vitest';
import { isAppUrl, isConsoleFrame } from './ipc-guard';

describe('the IPC guard', () => {
  it('knows the console page by its scheme and host', () => {
    expect(isAppUrl('app://console/index.html')).toBe(true);
    expect(isAppUrl('app://console/reports?x=1')).toBe(true);
    expect(isAppUrl('app://elsewhere/index.html')).toBe(false);
    expect(isAppUrl('https://console/index.html')).toBe(false);
    expect(isAppUrl('not a url')).toBe(false);
    expect(isAppUrl(undefined)).toBe(false);
  });

  it('answers only the main frame of the console page', () => {
    expect(isConsoleFrame({ url: 'app://console/index.html', parent: null })).toBe(true);
    const main = { url: 'app://console/index.html', parent: null };
    expect(isConsoleFrame({ url: 'app://console/frame.html', parent: main })).toBe(false);
    expect(isConsoleFrame({ url: 'https://example.com/', parent: null })).toBe(false);
    expect(isConsoleFrame(null)).toBe(false);
    expect(isConsoleFrame(undefined)).toBe(false);
  });
});
