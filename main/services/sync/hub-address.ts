import { isLoopbackHost } from '../../../shared/loopback';

/**
 * A hub reached over plain http on an address other machines share: its token and every row cross the network
 * readable by anyone on the way. The console says so (SyncStatus.insecureHub); loopback http never leaves the machine.
 */
export function isInsecureHub(hubUrl: string): boolean {
  let url: URL;
  try {
    url = new URL(hubUrl);
  } catch {
    return false;
  }
  return url.protocol === 'http:' && !isLoopbackHost(url.hostname);
}
