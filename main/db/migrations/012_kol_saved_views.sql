-- A person's named KOL grid views (filters and sort), kept on this console like the queue's saved views.
CREATE TABLE kol_saved_views (
  id         INTEGER PRIMARY KEY,
  person_id  INTEGER NOT NULL REFERENCES people(id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  state      TEXT NOT NULL,
  UNIQUE (person_id, name)
) STRICT;
