import { describe, expect, it } from 'vitest';
import { chosenPackFolder, isAllowedRequest, isAppUrl, isTrustedSender } from './guards';

describe('isAppUrl', () => {
  it.each(['app://console/index.html', 'app://console/', 'app://console/reports?x=1', 'app://console/assets/app.js?x=1#top'])(
    'takes the console page %s',
    (url) => expect(isAppUrl(url)).toBe(true),
  );

  it.each([
    undefined,
    '',
    'not a url',
    'app://evil/index.html',
    'app://console.evil.example/',
    'app://console:8080/',
    'app://user:pass@console/',
    'app://user@console/',
    'http://console/index.html',
    'https://127.0.0.1/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'devtools://devtools/bundled/inspector.html',
  ])('refuses %s', (url) => expect(isAppUrl(url)).toBe(false));
});

describe('isAllowedRequest', () => {
  it('lets the app, DevTools, data: and blob: through and nothing else', () => {
    expect(isAllowedRequest('app://console/index.html')).toBe(true);
    expect(isAllowedRequest('devtools://devtools/bundled/inspector.html')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:app://console/1234')).toBe(true);
    for (const url of ['https://example.com/', 'http://127.0.0.1:8787/v1/pull', 'ws://127.0.0.1/', 'file:///tmp/x', 'ftp://x/']) {
      expect(isAllowedRequest(url)).toBe(false);
    }
  });
});

describe('isTrustedSender', () => {
  it('takes the console page in the main frame', () => {
    expect(isTrustedSender({ url: 'app://console/index.html', parent: null })).toBe(true);
  });

  it('refuses a child frame, even on the app origin, another origin, and a frame that is gone', () => {
    const main = { url: 'app://console/index.html', parent: null };
    expect(isTrustedSender({ url: 'app://console/index.html', parent: main })).toBe(false);
    expect(isTrustedSender({ url: 'app://console/frame.html', parent: main })).toBe(false);
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://console/index.html', parent: undefined })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});

describe('chosenPackFolder', () => {
  const chose = (folder: string) => ({ canceled: false, filePaths: [folder] });

  it('takes a local absolute folder the person chose', () => {
    expect(chosenPackFolder(chose('/home/ana/Packs'), 'linux')).toBe('/home/ana/Packs');
    expect(chosenPackFolder(chose('C:\\Users\\Ana\\Packs'), 'win32')).toBe('C:\\Users\\Ana\\Packs');
  });

  it('takes nothing when the dialog was cancelled or answered no folder', () => {
    expect(chosenPackFolder({ canceled: true, filePaths: ['/home/ana'] }, 'linux')).toBeNull();
    expect(chosenPackFolder({ canceled: false, filePaths: [] }, 'linux')).toBeNull();
  });

  it.each([
    ['\\\\fileserver\\share\\packs', 'win32'],
    ['//fileserver/share/packs', 'win32'],
    ['\\\\?\\C:\\packs', 'win32'],
    ['\\\\.\\PhysicalDrive0', 'win32'],
    ['packs', 'win32'],
    ['C:packs', 'win32'],
    ['relative/packs', 'linux'],
    ['//server/share', 'linux'],
    ['/home/ana/\0packs', 'linux'],
  ])('refuses %s on %s', (folder, platform) => {
    expect(chosenPackFolder(chose(folder), platform)).toBeNull();
  });
});
