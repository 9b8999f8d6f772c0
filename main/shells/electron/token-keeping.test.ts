import { describe, expect, it } from 'vitest';
import { tokenKeeping } from './token-keeping';

describe('tokenKeeping', () => {
  it('keeps the token on disk where the OS keychain or a Linux keyring encrypts it', () => {
    expect(tokenKeeping({ platform: 'darwin', encryptionAvailable: true, linuxBackend: undefined })).toBe('disk');
    expect(tokenKeeping({ platform: 'win32', encryptionAvailable: true, linuxBackend: undefined })).toBe('disk');
    for (const backend of ['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']) {
      expect(tokenKeeping({ platform: 'linux', encryptionAvailable: true, linuxBackend: backend })).toBe('disk');
    }
  });

  it('keeps it for the session only where safeStorage would merely obfuscate it, or cannot encrypt at all', () => {
    expect(tokenKeeping({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'basic_text' })).toBe('session');
    expect(tokenKeeping({ platform: 'linux', encryptionAvailable: true, linuxBackend: 'unknown' })).toBe('session');
    expect(tokenKeeping({ platform: 'linux', encryptionAvailable: true, linuxBackend: undefined })).toBe('session');
    expect(tokenKeeping({ platform: 'linux', encryptionAvailable: false, linuxBackend: 'gnome_libsecret' })).toBe('session');
    expect(tokenKeeping({ platform: 'darwin', encryptionAvailable: false, linuxBackend: undefined })).toBe('session');
  });
});
