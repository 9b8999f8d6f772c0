// The bottom line: which regions, how fresh the rows are, how times read, where the shortcuts are.
import { useSession } from '../session/SessionContext';

const clock = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit', second: '2-digit' });

export function StatusBar({ loadedAt }: { loadedAt: number | null }) {
  const { session } = useSession();
  return (
    <footer className="status-bar">
      <span>Regions: {session.regions.map((region) => region.code).join(', ') || 'none granted'}</span>
      <span>Dates and times are in each item’s regional time zone</span>
      <span className="status-spacer" />
      <span>{loadedAt === null ? 'Loading rows…' : `Rows loaded ${clock.format(loadedAt)}`}</span>
      <span>
        Press <kbd>?</kbd> for keyboard shortcuts
      </span>
    </footer>
  );
}
