// npm run compliance-pack -- --region EU --framework gdpr --period 2026-Q4 --out DIR [--with-evidence] [--db PATH]
// Writes one assessment's pack for an auditor: PDF, workbook, evidence manifest and, if asked, the evidence files.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { periodSchema } from '../../shared/compliance';
import { latestFramework } from '../../shared/compliance-library/library';
import { REGION_CODES, type RegionCode } from '../../shared/domain';
import { openDatabase } from '../db/open';
import { defaultDatabasePath } from '../paths';
import { ServiceError } from '../services/kit';
import { writeCompliancePack, type CompliancePackRequest } from '../services/compliance/pack';
import { currentPerson } from '../services/session/session-service';
import { parseFlags, UsageError } from './flags';

const USAGE = `Usage: npm run compliance-pack -- --region EU --framework gdpr --period 2026-Q4 --out DIR [--with-evidence] [--db PATH]

  --region         a region code (${REGION_CODES.join(', ')})
  --framework      a framework of the library (gdpr, dsa, gpsr, low_value_vat, ccpa, cpsia, ftc, pdpa_sg, pdpa_th, pdp_id, appi, pipa, lgpd, pdpl_sa, pdpl_ae, esg)
  --period         a quarter such as 2026-Q4
  --out            the folder to write the pack to: empty, or an earlier pack's
  --with-evidence  also copy the evidence files into DIR/evidence/
  --db             the console database; default $OPS_DB, else ${defaultDatabasePath()}`;

function parseArgs(argv: readonly string[]): (CompliancePackRequest & { db: string }) | null {
  const { values, switches } = parseFlags(argv, { values: ['region', 'framework', 'period', 'out', 'db'], switches: ['with-evidence', 'help'] });
  if (switches.help) return null;
  const region = values.region?.trim().toUpperCase();
  if (!region || !(REGION_CODES as readonly string[]).includes(region)) throw new UsageError(`--region "${values.region ?? ''}" is not a region: use one of ${REGION_CODES.join(', ')}`);
  if (!values.framework || !latestFramework(values.framework)) throw new UsageError(`--framework "${values.framework ?? ''}" is not in the library`);
  if (!values.period || !periodSchema.safeParse(values.period).success) throw new UsageError(`--period "${values.period ?? ''}" is not a quarter such as 2026-Q4`);
  if (!values.out?.trim()) throw new UsageError('--out is missing: name the folder to write the pack to');
  const db = path.resolve(values.db ?? (process.env.OPS_DB || defaultDatabasePath()));
  if (!existsSync(db)) throw new UsageError(`--db "${db}": there is no database file there (npm run seed makes one)`);
  return { region: region as RegionCode, framework: values.framework, period: values.period, outDir: path.resolve(values.out), withEvidence: switches['with-evidence'], db };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (!args) {
    console.log(USAGE);
    return 0;
  }
  const db = openDatabase(args.db);
  try {
    const written = await writeCompliancePack(db, currentPerson(db), args);
    console.log(`Wrote ${written.length} files in ${args.outDir}`);
    return 0;
  } catch (error) {
    if (error instanceof ServiceError || (error instanceof Error && error.message.includes('holds other files'))) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    db.close();
  }
}

void main().then((code) => process.exit(code));
