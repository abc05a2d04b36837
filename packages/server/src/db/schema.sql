-- Migration 1: the embedded register, documents, idempotency store and sandbox personas.
-- Names are stored in Unicode NFC (C7). Dates are ISO strings; partial dates (`1990`) allowed
-- where the register knows no more.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

-- One register record per person. Columns that are searched (C2) are real columns; the rest
-- of the record (§ 3 BMG data: birth, nationalities, religion, ID documents …) is a JSON
-- document validated in code (register/types.ts).
CREATE TABLE persons (
  id            TEXT PRIMARY KEY,
  family_name   TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('AKTIV', 'VERSTORBEN', 'AUSGEWANDERT')),
  data          TEXT NOT NULL
) STRICT;
CREATE INDEX persons_identity ON persons (family_name, date_of_birth);

-- A registration of a person at a dwelling. Family members living together share dwelling_id
-- (A5: children registered at the same secondary residence).
CREATE TABLE residences (
  id             TEXT PRIMARY KEY,
  person_id      TEXT NOT NULL REFERENCES persons (id),
  dwelling_id    TEXT NOT NULL,
  status         TEXT NOT NULL CHECK (status IN ('ALLEINIGE_WOHNUNG', 'HAUPTWOHNUNG', 'NEBENWOHNUNG')),
  authority_ags  TEXT NOT NULL,
  authority_name TEXT NOT NULL,
  street         TEXT NOT NULL,
  house_number   TEXT NOT NULL,
  addition       TEXT,
  postal_code    TEXT NOT NULL,
  city           TEXT NOT NULL,
  move_in_date   TEXT,
  -- A4: a future date means "pending"; the residence stays current until that day.
  move_out_date  TEXT,
  origin         TEXT
) STRICT;
CREATE INDEX residences_person ON residences (person_id);
CREATE INDEX residences_dwelling ON residences (dwelling_id);

CREATE TABLE relations (
  person_id  TEXT NOT NULL REFERENCES persons (id),
  kind       TEXT NOT NULL CHECK (kind IN ('EHEGATTE', 'KIND')),
  related_id TEXT NOT NULL REFERENCES persons (id),
  since      TEXT,
  PRIMARY KEY (person_id, kind, related_id)
) STRICT;
CREATE INDEX relations_related ON relations (related_id, kind);

-- Übermittlungssperren. set_by = 'SICHERHEITSBEHOERDE' marks blocks that can never be changed online (C5).
CREATE TABLE sperren (
  person_id  TEXT NOT NULL REFERENCES persons (id),
  key        TEXT NOT NULL,
  active     INTEGER NOT NULL,
  set_by     TEXT NOT NULL DEFAULT 'PERSON' CHECK (set_by IN ('PERSON', 'SICHERHEITSBEHOERDE')),
  changed_at TEXT NOT NULL,
  PRIMARY KEY (person_id, key)
) STRICT;

CREATE TABLE abmeldungen (
  id            TEXT PRIMARY KEY,
  person_id     TEXT NOT NULL REFERENCES persons (id),
  residence_id  TEXT NOT NULL REFERENCES residences (id),
  child_residence_ids TEXT NOT NULL,
  move_out_date TEXT NOT NULL,
  registered_on TEXT NOT NULL,
  state         TEXT NOT NULL CHECK (state IN ('WIRKSAM', 'VORGEMERKT')),
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX abmeldungen_pending ON abmeldungen (state, move_out_date);

-- C6: who accessed which data categories when. No names, no addresses, no free text about the person.
CREATE TABLE access_log (
  id         INTEGER PRIMARY KEY,
  person_id  TEXT NOT NULL,
  at         TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('ONLINE_DIENST', 'ABRUF')),
  service    TEXT NOT NULL,
  recipient  TEXT NOT NULL,
  categories TEXT NOT NULL,
  security_authority INTEGER NOT NULL DEFAULT 0
) STRICT;
CREATE INDEX access_log_person ON access_log (person_id, at);

-- S2: recipients of regular transfers and the condition under which a person's data goes there.
CREATE TABLE transfer_recipients (
  id          TEXT PRIMARY KEY,
  recipient   TEXT NOT NULL,
  purpose     TEXT NOT NULL,
  legal_basis TEXT NOT NULL,
  data        TEXT NOT NULL,
  applies_to  TEXT NOT NULL CHECK (applies_to IN ('ALLE', 'VOLLJAEHRIGE', 'RELIGIONSMITGLIEDER', 'DEUTSCHE_MINDERJAEHRIGE')),
  sort        INTEGER NOT NULL
) STRICT;

CREATE TABLE documents (
  id                TEXT PRIMARY KEY,
  person_id         TEXT NOT NULL,
  type              TEXT NOT NULL,
  number            TEXT NOT NULL UNIQUE,
  verification_code TEXT NOT NULL UNIQUE,
  issuer_ags        TEXT NOT NULL,
  issuer_name       TEXT NOT NULL,
  holder_initials   TEXT NOT NULL,
  issued_at         TEXT NOT NULL,
  -- What the PDF shows; kept so the seal can be (re)applied after a crash without a second document.
  content           TEXT NOT NULL,
  pdf               BLOB,
  sha256            TEXT,
  created_at        TEXT NOT NULL
) STRICT;
CREATE INDEX documents_person ON documents (person_id);

CREATE TABLE document_sequences (
  type TEXT NOT NULL,
  year INTEGER NOT NULL,
  last INTEGER NOT NULL,
  PRIMARY KEY (type, year)
) STRICT;

-- A8: (person, operation, key) → first request's hash and the exact response bytes.
CREATE TABLE idempotency (
  person_id    TEXT NOT NULL,
  operation    TEXT NOT NULL,
  key          TEXT NOT NULL,
  request_hash TEXT NOT NULL,
  status       INTEGER NOT NULL,
  response     TEXT NOT NULL,
  document_id  TEXT,
  created_at   TEXT NOT NULL,
  PRIMARY KEY (person_id, operation, key)
) STRICT;

-- Sandbox identity provider: test personas and the eID attributes their "card" delivers,
-- which may differ from the register on purpose (C2).
CREATE TABLE sandbox_personas (
  id             TEXT PRIMARY KEY,
  sort           INTEGER NOT NULL,
  label_de       TEXT NOT NULL,
  label_en       TEXT NOT NULL,
  description_de TEXT NOT NULL,
  description_en TEXT NOT NULL,
  eid            TEXT NOT NULL,
  person_id      TEXT NOT NULL REFERENCES persons (id)
) STRICT;
