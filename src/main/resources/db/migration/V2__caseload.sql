-- Caseload (issue 3): administrative cases, their defendant agencies, hearings, and for every hearing and
-- defendant agency whether its head appeared (domain.md §2, §4, §5). Raw facts only; rates are computed in
-- code (cn.fuyuan.desk.appearance). Enumerations are stored as the Java enum names of cn.fuyuan.desk.caseload.

-- courts other than the office's own (a case with court_id NULL is heard by the office's own court)
CREATE TABLE court (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT    NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    sort_order INTEGER NOT NULL DEFAULT 0,
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
);

CREATE TABLE admin_case (
    id                    INTEGER PRIMARY KEY AUTOINCREMENT,
    case_number           TEXT    NOT NULL UNIQUE,          -- normalised 案号, CaseNumber.toString()
    case_year             INTEGER NOT NULL,
    court_code            TEXT    NOT NULL,
    case_type             TEXT    NOT NULL,
    case_seq              INTEGER NOT NULL CHECK (case_seq > 0),
    court_id              INTEGER REFERENCES court (id) ON DELETE RESTRICT,
    plaintiffs            TEXT,
    cause                 TEXT,
    act_type              TEXT CHECK (act_type IN ('PENALTY', 'COERCION', 'LICENSING', 'AGREEMENT', 'EXPROPRIATION',
                                                   'DISCLOSURE', 'INACTION', 'OTHER')),
    field_id              INTEGER REFERENCES work_field (id) ON DELETE RESTRICT,
    filing_date           TEXT,
    closing_date          TEXT,
    result                TEXT CHECK (result IN ('DISMISS_CLAIM', 'REVOKE', 'PARTIAL_REVOKE', 'CONFIRM_ILLEGAL', 'CONFIRM_VOID',
                                                 'ALTER', 'ORDER_PERFORM', 'COMPENSATION', 'DISMISS_SUIT', 'WITHDRAWN',
                                                 'MEDIATED', 'OTHER')),
    major_public_interest INTEGER NOT NULL DEFAULT 0 CHECK (major_public_interest IN (0, 1)),
    notice_required       INTEGER NOT NULL DEFAULT 0 CHECK (notice_required IN (0, 1))
);
CREATE INDEX admin_case_year ON admin_case (case_year);
CREATE INDEX admin_case_closing ON admin_case (closing_date);

CREATE TABLE case_defendant (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id    INTEGER NOT NULL REFERENCES admin_case (id) ON DELETE RESTRICT,
    agency_id  INTEGER NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
    sort_order INTEGER NOT NULL DEFAULT 0,
    UNIQUE (case_id, agency_id)
);
CREATE INDEX case_defendant_agency ON case_defendant (agency_id);

CREATE TABLE hearing (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id      INTEGER NOT NULL REFERENCES admin_case (id) ON DELETE RESTRICT,
    hearing_date TEXT    NOT NULL,
    hearing_time TEXT,                                       -- HH:mm
    place        TEXT,
    UNIQUE (case_id, hearing_date)
);
CREATE INDEX hearing_date ON hearing (hearing_date);

-- one row per hearing × defendant agency
CREATE TABLE hearing_appearance (
    id                   INTEGER PRIMARY KEY AUTOINCREMENT,
    hearing_id           INTEGER NOT NULL REFERENCES hearing (id) ON DELETE RESTRICT,
    agency_id            INTEGER NOT NULL REFERENCES agency (id) ON DELETE RESTRICT,
    notice_required      INTEGER NOT NULL DEFAULT 0 CHECK (notice_required IN (0, 1)),
    notice_served_date   TEXT,
    head_appeared        INTEGER CHECK (head_appeared IN (0, 1)),   -- NULL: not recorded yet
    head_name            TEXT,
    head_title           TEXT,
    head_rank            TEXT CHECK (head_rank IN ('PRINCIPAL', 'DEPUTY', 'OTHER')),
    spoke                INTEGER NOT NULL DEFAULT 0 CHECK (spoke IN (0, 1)),
    staff                TEXT,
    absence_reason       TEXT CHECK (absence_reason IN ('FORCE_MAJEURE', 'ACCIDENT', 'OFFICIAL_DUTY', 'OTHER_JUSTIFIED', 'UNJUSTIFIED')),
    explanation_received INTEGER NOT NULL DEFAULT 0 CHECK (explanation_received IN (0, 1)),
    evaluation           TEXT,
    UNIQUE (hearing_id, agency_id)
);
CREATE INDEX hearing_appearance_agency ON hearing_appearance (agency_id);
