// Showing the Rosters screen from another screen (a KOL finding on the Compliance screen). Set by the
// ScreenProvider: this module may not import the screens (they import it), so the provider lends its way.
let showRosters: () => void = () => {};

export function setRostersOpener(open: () => void): void {
  showRosters = open;
}

export function openRosters(): void {
  showRosters();
}
