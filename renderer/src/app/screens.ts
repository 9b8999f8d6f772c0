// The console's screens, in header order. Adding one (Reports, say) is one entry here: the header's
// nav, Ctrl/Cmd+number and the outlet in App all read this list. Only the shown screen is mounted, so
// a screen's window-wide keys (the queue's single-key shortcuts) live and die with it.
import type { ComponentType } from 'react';
import type { MessageId } from '../i18n/messages/en';
import { ImportsScreen } from '../imports/ImportsScreen';
import { QueueScreen } from '../queue/QueueScreen';
import { ReportsScreen } from '../reports/ReportsScreen';
import { RostersScreen } from '../rosters/RostersScreen';
import { ComplianceScreen } from '../compliance/ComplianceScreen';
import { ConflictsScreen } from '../sync/ConflictsScreen';

interface ScreenEntry {
  id: string;
  /** The nav button's name. */
  label: MessageId;
  Component: ComponentType;
}

export const SCREENS = [
  { id: 'queue', label: 'screen.queue', Component: QueueScreen },
  { id: 'reports', label: 'screen.reports', Component: ReportsScreen },
  { id: 'conflicts', label: 'screen.conflicts', Component: ConflictsScreen },
  { id: 'rosters', label: 'screen.rosters', Component: RostersScreen },
  { id: 'compliance', label: 'screen.compliance', Component: ComplianceScreen },
  { id: 'imports', label: 'screen.imports', Component: ImportsScreen },
] as const satisfies readonly ScreenEntry[];

export type Screen = (typeof SCREENS)[number];
export type ScreenId = Screen['id'];

export function screenById(id: ScreenId): Screen {
  return SCREENS.find((screen) => screen.id === id) ?? SCREENS[0];
}
