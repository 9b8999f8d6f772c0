import path from 'node:path';

/**
 * Where the rates files the mappings name are: beside this file in the repo, and beside the bundle once built
 * (scripts/build.mjs copies them to dist/main/rates).
 */
export const RATES_DIR = path.join(__dirname, 'rates');
