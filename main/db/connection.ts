import type Database from 'better-sqlite3';

/** An open console database. Its own file so that what opens it and what it opens with never import each other. */
export type Db = Database.Database;
