// npm run import -- --kind kols|kol-posts|communities|community-members --file F.csv [--db PATH] [--dry-run]
// npm run import -- --source olist --dir DIR [--db PATH] [--dry-run]
// One entry for every import: it hands the arguments to the importer its flags name (a roster's, `--kind`; a
// platform's export, `--source`).
import { importSourceCommand } from './cli/import-source';
import { runRosterImport } from './cli/roster-import';

const USAGE = `Usage: npm run import -- --kind kols|kol-posts|communities|community-members --file F.csv [--db PATH] [--dry-run]
       npm run import -- --source olist --dir DIR [--db PATH] [--dry-run]`;

const names = (argv: readonly string[], flag: string) => argv.some((arg) => arg === flag || arg.startsWith(`${flag}=`));

async function main(argv: readonly string[]): Promise<number> {
  if (names(argv, '--kind')) return runRosterImport(argv);
  if (names(argv, '--source')) return importSourceCommand([...argv]);
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
