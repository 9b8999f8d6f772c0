// npm run import -- --source NAME ...: hands the command line to the importer of what it names. Each kind of import
// is one branch here, its own module doing the rest.
import { importSourceCommand } from './cli/import-source';

const argv = process.argv.slice(2);

function dispatch(): Promise<number> {
  return importSourceCommand(argv);
}

dispatch().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
