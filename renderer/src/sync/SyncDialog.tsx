// The indicator's dialog follows the status: signed out it asks for sign-in; otherwise it shows the
// details, and after a sign-in it turns into them as the state moves on.
import { SignInDialog } from './SignInDialog';
import { SyncDetailsDialog } from './SyncDetailsDialog';
import { useSyncStatus } from './SyncStatusContext';

export function SyncDialog({ onClose }: { onClose(): void }) {
  const { status } = useSyncStatus();
  return status?.state === 'signed_out' ? <SignInDialog onClose={onClose} /> : <SyncDetailsDialog onClose={onClose} />;
}
