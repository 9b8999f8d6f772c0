// What belongs to the person at this machine (the language, the queue's columns), like the window size: kept in
// localStorage, not in the database.
export function machineStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage can be switched off; the console then starts from its defaults each time.
    return null;
  }
}
