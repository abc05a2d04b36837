-- Text columns that are sorted on use COLLATE "C" (byte order, as SQLite compares).
-- PostgreSQL migration 1: the same tables as SQLite migrations 1–3 (db/schema.sql, db/migrations/).
-- The reference register, documents, idempotency store and sandbox personas.
-- Names are stored in Unicode NFC (C7). Dates are ISO strings; partial dates (`1990`) allowed
-- where the register knows no more.

CREATE TABLE meta (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

-- One register record per person. Columns that are searched (C2) are real columns; the rest
-- of the record (§ 3 BMG data: birth, nationalities, religion, ID documents …) is a JSON
-- document validated in code (register/types.ts).
CREATE TABLE persons (
  id            TEXT PRIMARY KEY,
  family_name   TEXT NOT NULL,
  date_of_birth TEXT NOT NULL,
  status        TEXT NOT NULL CHECK (status IN ('AKTIV', 'VERSTORBEN', 'AUSGEWANDERT')),
  data          TEXT NOT NULL
);
CREATE INDEX persons_identity ON persons (family_name, date_of_birth);

-- A registration of a person at a dwelling. Family members living together share dwelling_id
-- (A5: children registered at the same secondary residence).
CREATE TABLE residences (
  id             TEXT COLLATE "C" PRIMARY KEY,
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
  move_in_date   TEXT COLLATE "C",
  -- A4: a future date means "pending"; the residence stays current until that day.
  move_out_date  TEXT,
  origin         TEXT
);
CREATE INDEX residences_person ON residences (person_id);
CREATE INDEX residences_dwelling ON residences (dwelling_id);

CREATE TABLE relations (
  person_id  TEXT NOT NULL REFERENCES persons (id),
  kind       TEXT NOT NULL CHECK (kind IN ('EHEGATTE', 'KIND')),
  related_id TEXT NOT NULL REFERENCES persons (id),
  since      TEXT,
  PRIMARY KEY (person_id, kind, related_id)
);
CREATE INDEX relations_related ON relations (related_id, kind);

-- Übermittlungssperren. set_by = 'SICHERHEITSBEHOERDE' marks blocks that can never be changed online (C5).
CREATE TABLE sperren (
  person_id  TEXT NOT NULL REFERENCES persons (id),
  key        TEXT NOT NULL,
  active     INTEGER NOT NULL,
  set_by     TEXT NOT NULL DEFAULT 'PERSON' CHECK (set_by IN ('PERSON', 'SICHERHEITSBEHOERDE')),
  changed_at TEXT NOT NULL,
  PRIMARY KEY (person_id, key)
);

CREATE TABLE abmeldungen (
  id            TEXT PRIMARY KEY,
  person_id     TEXT NOT NULL REFERENCES persons (id),
  residence_id  TEXT NOT NULL REFERENCES residences (id),
  child_residence_ids TEXT NOT NULL,
  move_out_date TEXT NOT NULL,
  registered_on TEXT NOT NULL,
  state         TEXT NOT NULL CHECK (state IN ('WIRKSAM', 'VORGEMERKT')),
  created_at    TEXT NOT NULL
);
CREATE INDEX abmeldungen_pending ON abmeldungen (state, move_out_date);

-- C6: who accessed which data categories when. No names, no addresses, no free text about the person.
CREATE TABLE access_log (
  id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  person_id  TEXT NOT NULL,
  at         TEXT COLLATE "C" NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('ONLINE_DIENST', 'ABRUF')),
  service    TEXT NOT NULL,
  recipient  TEXT NOT NULL,
  categories TEXT NOT NULL,
  security_authority INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX access_log_person_kind ON access_log (person_id, kind, at);

-- S2: recipients of regular transfers and the condition under which a person's data goes there.
CREATE TABLE transfer_recipients (
  id          TEXT PRIMARY KEY,
  recipient   TEXT NOT NULL,
  purpose     TEXT NOT NULL,
  legal_basis TEXT NOT NULL,
  data        TEXT NOT NULL,
  applies_to  TEXT NOT NULL CHECK (applies_to IN ('ALLE', 'VOLLJAEHRIGE', 'RELIGIONSMITGLIEDER', 'DEUTSCHE_MINDERJAEHRIGE')),
  sort        INTEGER NOT NULL
);

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
  pdf               BYTEA,
  sha256            TEXT,
  created_at        TEXT NOT NULL
);
CREATE INDEX documents_person ON documents (person_id);

CREATE TABLE document_sequences (
  type TEXT NOT NULL,
  year INTEGER NOT NULL,
  last INTEGER NOT NULL,
  PRIMARY KEY (type, year)
);

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
);

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
);

-- The operator's store beside the register: sessions, pending logins, one-time codes and claims,
-- rate-limit counters — so that a restart keeps citizens logged in and several instances on one
-- database share them. Instants are ms since the epoch; every expiry is indexed so that
-- clean-up deletes by range, never by scanning.

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  person_id  TEXT NOT NULL,
  kommune    TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_expiry ON sessions (expires_at);

-- `client` is a keyed hash of the caller's address (no addresses in storage); it carries the
-- per-address quota that replaces the old global cap.
CREATE TABLE pending_logins (
  id             TEXT PRIMARY KEY,
  client         TEXT NOT NULL,
  nonce          TEXT NOT NULL,
  kommune        TEXT NOT NULL,
  state          TEXT NOT NULL,
  code_challenge TEXT NOT NULL,
  redirect_uri   TEXT NOT NULL,
  extra          TEXT,
  created_at     BIGINT NOT NULL,
  expires_at     BIGINT NOT NULL
);
CREATE INDEX pending_logins_client ON pending_logins (client, created_at);
CREATE INDEX pending_logins_expiry ON pending_logins (expires_at);

-- One-time login codes, stored as hashes. `used_at` set on first redemption; the row is kept a
-- while so that a replay can revoke the session the first use produced.
CREATE TABLE login_codes (
  code_hash    TEXT PRIMARY KEY,
  grant_data   TEXT NOT NULL,
  expires_at   BIGINT NOT NULL,
  used_at      BIGINT,
  session_hash TEXT
);
CREATE INDEX login_codes_expiry ON login_codes (expires_at);

-- Generic one-time claims (SAML assertion ids against replay, …).
CREATE TABLE one_time_claims (
  key        TEXT PRIMARY KEY,
  expires_at BIGINT NOT NULL
);
CREATE INDEX one_time_claims_expiry ON one_time_claims (expires_at);

-- Fixed-window counters per (bucket, client).
CREATE TABLE rate_limits (
  bucket   TEXT NOT NULL,
  client   TEXT NOT NULL,
  reset_at BIGINT NOT NULL,
  count    INTEGER NOT NULL,
  PRIMARY KEY (bucket, client)
);
CREATE INDEX rate_limits_reset ON rate_limits (reset_at);

-- The register de-duplicates a repeated change by its idempotency key (register/port.ts).
ALTER TABLE abmeldungen ADD COLUMN idempotency_key TEXT;
CREATE UNIQUE INDEX abmeldungen_idempotency ON abmeldungen (idempotency_key);
