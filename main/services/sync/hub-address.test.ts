import { describe, expect, it } from 'vitest';
import { isInsecureHub } from './hub-address';

describe('isInsecureHub', () => {
  it('flags plain http to any address but this machine', () => {
    for (const url of ['http://10.0.0.5:8787', 'http://hub.example.com', 'http://0.0.0.0:8787', 'http://[fe80::1]:8787', 'HTTP://Hub.Example.com/'])
      expect(isInsecureHub(url), url).toBe(true);
  });

  it('trusts https anywhere and http on loopback', () => {
    for (const url of ['https://hub.example.com', 'https://10.0.0.5:8443', 'http://127.0.0.1:8787', 'http://127.1.2.3', 'http://localhost:8787', 'http://[::1]:8787'])
      expect(isInsecureHub(url), url).toBe(false);
  });
});
