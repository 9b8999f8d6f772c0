// Incidents: a personal-data breach or a product-safety incident in a region starts the clock of every law that
// applies there (shared/compliance-library/notification-rules.ts); each clock stops when someone records notifying.
import { randomUUID } from 'node:crypto';
import type { IncidentView } from '../../../shared/compliance-types';
import { NOTIFICATION_RULES, rulesFor, type IncidentKind } from '../../../shared/compliance-library/notification-rules';
import type { Person, RegionCode } from '../../../shared/domain';
import { deadline } from '../../../shared/notification-clock';
import type { Db } from '../../db/open';
import { all, get, value } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { assertGranted } from './access';
import { putRow } from './rows';

interface IncidentRow {
  id: string;
  region: RegionCode;
  kind: IncidentKind;
  title: string;
  detected_at: number;
  status: string;
  created_by: number | null;
  affected: number | null;
}

interface NotificationRow {
  id: string;
  incident_id: string;
  region: RegionCode;
  rule_id: string;
  due_at: number;
  notified_at: number | null;
  notified_by: number | null;
  note: string | null;
}

const AUTHORITY = new Map(NOTIFICATION_RULES.map((rule) => [rule.id, rule.authority]));

export function listIncidents(db: Db, person: Person, region?: RegionCode): IncidentView[] {
  const regions = JSON.stringify(region ? person.regions.filter((one) => one === region) : person.regions);
  const incidents = all<IncidentRow>(db, 'SELECT * FROM compliance_incidents WHERE region IN (SELECT value FROM json_each(?)) ORDER BY detected_at DESC', [regions]);
  const notifications = all<NotificationRow>(
    db,
    'SELECT * FROM compliance_notifications WHERE incident_id IN (SELECT value FROM json_each(?)) ORDER BY due_at, rule_id',
    [JSON.stringify(incidents.map((incident) => incident.id))],
  );
  return incidents.map((incident) => ({
    id: incident.id,
    region: incident.region,
    kind: incident.kind,
    title: incident.title,
    detectedAt: incident.detected_at,
    status: incident.status,
    affected: incident.affected,
    notifications: notifications
      .filter((n) => n.incident_id === incident.id)
      .map((n) => ({ id: n.id, ruleId: n.rule_id, authority: AUTHORITY.get(n.rule_id) ?? n.rule_id, dueAt: n.due_at, notifiedAt: n.notified_at, notifiedBy: n.notified_by })),
  }));
}

export interface NewIncident {
  region: RegionCode;
  kind: IncidentKind;
  title: string;
  detectedAt: number;
  affected: number | null;
}

/** Writes an incident and one notification clock per rule of its region and kind; the caller holds the transaction. */
export function writeIncident(db: Db, id: string, input: NewIncident, createdBy: number | null, at: number): void {
  const timeZone = value<string>(db, 'SELECT time_zone FROM regions WHERE code = ?', [input.region]) ?? 'UTC';
  putRow(db, 'compliance_incidents', { id, region: input.region, kind: input.kind, title: input.title, detected_at: input.detectedAt, status: 'open', created_by: createdBy, affected: input.affected }, at);
  for (const rule of rulesFor(input.region, input.kind)) {
    putRow(db, 'compliance_notifications', { id: `${id}/${rule.id}`, incident_id: id, region: input.region, rule_id: rule.id, due_at: deadline(input.detectedAt, rule.clock, timeZone) }, at);
  }
}

export function createIncident(db: Db, person: Person, input: NewIncident, at: number): IncidentView {
  assertGranted(person, input.region, 'region');
  if (input.detectedAt > at) throw new ServiceError('invalid_input', 'An incident cannot be detected in the future', 'detectedAt');
  const id = `i-${randomUUID()}`;
  db.transaction(() => writeIncident(db, id, input, person.id, at))();
  return listIncidents(db, person, input.region).find((incident) => incident.id === id) as IncidentView;
}

export function markNotified(db: Db, person: Person, notificationId: string, note: string | null, at: number): IncidentView {
  const row = db.transaction(() => {
    const notification = get<NotificationRow>(db, 'SELECT * FROM compliance_notifications WHERE id = ?', [notificationId]);
    if (!notification || !person.regions.includes(notification.region)) {
      throw new ServiceError('not_found', `There is no notification ${notificationId} in the regions you are granted`, 'notificationId');
    }
    if (notification.notified_at !== null) throw new ServiceError('conflict', 'This notification was already recorded', 'notificationId');
    putRow(db, 'compliance_notifications', { ...notification, notified_at: at, notified_by: person.id, note }, at);
    return notification;
  })();
  return listIncidents(db, person, row.region).find((incident) => incident.id === row.incident_id) as IncidentView;
}
