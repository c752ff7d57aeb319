"""The dossier's tables, and the migrations that take an older file to the current version.

`PRAGMA user_version` holds the schema version. Each migration runs in one transaction, after a copy of
the file has been made (see store.Dossier._migrate). Add a migration by appending to MIGRATIONS; never
edit one that has shipped.
"""

from __future__ import annotations

V1 = """
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE secrets(name TEXT PRIMARY KEY, value BLOB NOT NULL);
CREATE TABLE blobs(
    sha256 TEXT PRIMARY KEY,
    size INTEGER NOT NULL,
    data BLOB NOT NULL
);
CREATE TABLE cases(
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    operator TEXT,
    line_number TEXT,
    account_number TEXT,
    merchants TEXT NOT NULL DEFAULT '[]',
    status TEXT NOT NULL CHECK (status IN ('open', 'waiting', 'mediator', 'refunded', 'closed')),
    opened_on TEXT NOT NULL,
    closed_on TEXT,
    holder_name TEXT,
    holder_address TEXT,
    notes TEXT NOT NULL DEFAULT ''
);
CREATE TABLE evidence(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    added_on TEXT NOT NULL,
    filename TEXT,
    sha256 TEXT REFERENCES blobs(sha256),
    size INTEGER NOT NULL DEFAULT 0,
    media_type TEXT,
    note TEXT NOT NULL DEFAULT '',
    invoice_date TEXT,
    period_start TEXT,
    period_end TEXT,
    total TEXT,
    UNIQUE (case_id, sha256)
);
CREATE INDEX evidence_case ON evidence(case_id);
CREATE TABLE charges(
    id INTEGER PRIMARY KEY,
    evidence_id INTEGER NOT NULL REFERENCES evidence(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    label TEXT NOT NULL,
    amount TEXT NOT NULL,
    charged_on TEXT,
    page INTEGER NOT NULL,
    kind TEXT,
    merchant TEXT,
    suspicious INTEGER NOT NULL DEFAULT 0,
    reasons TEXT NOT NULL DEFAULT '[]',
    disputed INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX charges_evidence ON charges(evidence_id);
CREATE TABLE letters(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    recipient TEXT NOT NULL,
    title TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'printed', 'sent')),
    created_on TEXT NOT NULL,
    sha256 TEXT REFERENCES blobs(sha256),
    tracking_number TEXT,
    sent_on TEXT,
    received_on TEXT
);
CREATE INDEX letters_case ON letters(case_id);
CREATE TABLE entries(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    channel TEXT NOT NULL,
    direction TEXT NOT NULL,
    party TEXT NOT NULL,
    who TEXT NOT NULL DEFAULT '',
    summary TEXT NOT NULL DEFAULT '',
    letter_id INTEGER REFERENCES letters(id) ON DELETE SET NULL,
    attachment_sha256 TEXT REFERENCES blobs(sha256),
    attachment_name TEXT,
    written INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX entries_case ON entries(case_id);
CREATE TABLE refunds(
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    on_date TEXT NOT NULL,
    amount TEXT NOT NULL,
    how TEXT NOT NULL DEFAULT ''
);
CREATE INDEX refunds_case ON refunds(case_id);
CREATE TABLE steps(
    case_id INTEGER NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
    guide TEXT NOT NULL,
    step TEXT NOT NULL,
    done_on TEXT NOT NULL,
    PRIMARY KEY (case_id, guide, step)
);
"""

V2 = """
ALTER TABLE evidence ADD COLUMN printed_contacts TEXT NOT NULL DEFAULT '{}';
"""
"""Complaint addresses printed on a stored bill, by role (the best recipient for a registered letter)."""

V3 = """
ALTER TABLE charges ADD COLUMN bbox TEXT;
ALTER TABLE charges ADD COLUMN origin TEXT NOT NULL DEFAULT 'read';
ALTER TABLE evidence ADD COLUMN invoice_number TEXT;
ALTER TABLE evidence ADD COLUMN reading TEXT;
"""
"""Where each charge is printed (for the annotated bill copies) and whether the person typed, corrected or
set it apart; the invoice number (to know a bill again) and how its reading balanced (status, missing)."""

MIGRATIONS: list[str] = [V1, V2, V3]
"""MIGRATIONS[i] takes a file from version i to version i + 1."""


def latest() -> int:
    return len(MIGRATIONS)
