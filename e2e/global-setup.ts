import { electronAvailability } from '../main/shells/electron/electron-runtime';

/** Says once, up front, why the Electron project's tests will be skipped on this machine. */
export default function globalSetup(): void {
  const electron = electronAvailability();
  if (!electron.available) console.log(`Electron project skipped: ${electron.reason}; the browser-host project runs the same specs.`);
}
