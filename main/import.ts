// npm run import -- --kind kols|kol-posts|communities|community-members --file F.csv [--db PATH] [--dry-run]
// One entry for every import: it hands the arguments to the importer its flags name (a roster's, `--kind`).
import { runRosterImport } from './cli/roster-import';

const USAGE = `Usage: npm run import -- --kind kols|kol-posts|communities|community-members --file F.csv [--db PATH] [--dry-run]`;

async function main(argv: readonly string[]): Promise<number> {
  if (argv.some((arg) => arg === '--kind' || arg.startsWith('--kind='))) return runRosterImport(argv);
  console.error(`import: say what to import\n\n${USAGE}`);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
