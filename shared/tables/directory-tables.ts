// People and regions: the directory every console holds whole.
import { PRIORITIES, REGION_CODES, ROLES } from '../domain';
import { int, oneOf, real, text, type TableSpec } from './table-spec';

export const DIRECTORY_TABLES = [
  {
    name: 'regions',
    scope: 'directory',
    key: ['code'],
    demo: true,
    columns: [oneOf('code', REGION_CODES), text('name'), text('currency', 8), text('time_zone', 64), text('locale', 35)],
  },
  { name: 'people', scope: 'directory', key: ['id'], demo: true, columns: [int('id'), text('name'), text('email'), oneOf('role', ROLES)] },
  {
    name: 'people_regions',
    scope: 'directory',
    key: ['person_id', 'region'],
    demo: true,
    columns: [int('person_id'), oneOf('region', REGION_CODES)],
  },
  {
    name: 'sla_policies',
    scope: 'directory',
    key: ['region', 'priority'],
    demo: true,
    columns: [oneOf('region', [...REGION_CODES, '*']), oneOf('priority', PRIORITIES), { ...real('hours'), range: [0.001, 100_000] }],
  },
] as const satisfies readonly TableSpec[];
