import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppUrl, isTrustedSender } from './guards';

describe('isAppUrl', () => {
  it.each(['app://console/index.html', 'app://console/', 'app://console/assets/app.js?x=1#top'])(
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
    expect(isTrustedSender({ url: 'https://evil.example/', parent: null })).toBe(false);
    expect(isTrustedSender({ url: 'app://console/index.html', parent: undefined })).toBe(false);
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });
});
