// Which sidebar entry the queue shows: a built-in view, a region, or a saved view.
import type { RegionCode } from '../../../shared/domain';
import type { QueueView } from '../../../shared/queue';

export type ActiveView =
  | { kind: 'view'; view: QueueView }
  | { kind: 'region'; code: RegionCode }
  | { kind: 'saved'; id: number };

export function sameView(a: ActiveView, b: ActiveView): boolean {
  if (a.kind === 'view' && b.kind === 'view') return a.view === b.view;
  if (a.kind === 'region' && b.kind === 'region') return a.code === b.code;
  if (a.kind === 'saved' && b.kind === 'saved') return a.id === b.id;
  return false;
}
