-- Global search, second pass (issue 13): faster queries, white papers in the index, and an index the bulk writer
-- fills itself (issue 16 §1).
--
-- 1. Every search table becomes detail=none: the trigram index then keeps only which rows hold a trigram, not where,
--    so its doclists are a fraction of the size. Phrase queries are not possible on such a table; SearchIndex asks
--    for every trigram of a word (MATCH "abc" "bcd" …) and checks the word itself in the row's text.
-- 2. Cases get ONE index row each (rowid = record_id = the case's id) holding the case, its defendants' names, its
--    hearings' places and its appearances' evaluations, instead of a row per case, defendant, hearing and appearance.
--    What that row holds is said in one place, the view search_case_source: the triggers, `check --repair` (through
--    the touch of admin_case) and the bulk writer all write it from there.
-- 3. search_paused: while it has a row — only ever inside the bulk writer's own transaction, between sending a batch of
--    NEW cases and writing their index rows with one INSERT … SELECT from search_case_source — the insert triggers of
--    the case tables leave search_case alone. The row is deleted before that transaction ends, so no other
--    connection ever sees it, and a killed import rolls it back with everything else.
-- 4. search_whitepaper: 1 white_paper (title), 2 white_paper_chapter (heading and narrative).

CREATE TABLE search_paused (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);

-- ---------------------------------------------------------------------------------------------------------
-- cases

DROP TRIGGER search_admin_case_ai;
DROP TRIGGER search_admin_case_au;
DROP TRIGGER search_admin_case_ad;
DROP TRIGGER search_case_defendant_ai;
DROP TRIGGER search_case_defendant_au;
DROP TRIGGER search_case_defendant_ad;
DROP TRIGGER search_hearing_ai;
DROP TRIGGER search_hearing_au;
DROP TRIGGER search_hearing_ad;
DROP TRIGGER search_hearing_appearance_ai;
DROP TRIGGER search_hearing_appearance_au;
DROP TRIGGER search_hearing_appearance_ad;
DROP TABLE search_case;

CREATE VIRTUAL TABLE search_case USING fts5(record_id UNINDEXED, text, tokenize = 'trigram', detail = none);

-- The searchable text of each case: 案号, 原告, 案由, court, the defendants (name and short name, in their order), the
-- hearings' places and the appearances' evaluations (the head's and staff's names are not indexed).
CREATE VIEW search_case_source AS
SELECT c.id AS record_id,
       concat_ws(' ', c.case_number, c.plaintiffs, c.cause,
           (SELECT name FROM court WHERE id = c.court_id),
           (SELECT group_concat(concat_ws(' ', a.name, a.short_name), ' ' ORDER BY d.sort_order, d.id)
              FROM case_defendant d JOIN agency a ON a.id = d.agency_id WHERE d.case_id = c.id),
           (SELECT group_concat(h.place, ' ' ORDER BY h.hearing_date, h.id)
              FROM hearing h WHERE h.case_id = c.id AND length(trim(h.place)) > 0),
           (SELECT group_concat(ap.evaluation, ' ' ORDER BY h.hearing_date, ap.id)
              FROM hearing h JOIN hearing_appearance ap ON ap.hearing_id = h.id
              WHERE h.case_id = c.id AND length(trim(ap.evaluation)) > 0)) AS text
FROM admin_case c;

CREATE TRIGGER search_admin_case_ai AFTER INSERT ON admin_case WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    INSERT INTO search_case (rowid, record_id, text)
    SELECT record_id, record_id, text FROM search_case_source WHERE record_id = new.id;
END;
CREATE TRIGGER search_admin_case_au AFTER UPDATE OF case_number, plaintiffs, cause, court_id ON admin_case BEGIN
    DELETE FROM search_case WHERE rowid IN (old.id, new.id);
    INSERT INTO search_case (rowid, record_id, text)
    SELECT record_id, record_id, text FROM search_case_source WHERE record_id = new.id;
END;
CREATE TRIGGER search_admin_case_ad AFTER DELETE ON admin_case BEGIN
    DELETE FROM search_case WHERE rowid = old.id;
END;

CREATE TRIGGER search_case_defendant_ai AFTER INSERT ON case_defendant WHEN NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_case WHERE rowid = new.case_id;
    INSERT INTO search_case (rowid, record_id, text)
    SELECT record_id, record_id, text FROM search_case_source WHERE record_id = new.case_id;
END;
CREATE TRIGGER search_case_defendant_au AFTER UPDATE OF case_id, agency_id, sort_order ON case_defendant BEGIN
    DELETE FROM search_case WHERE rowid IN (old.case_id, new.case_id);
    INSERT INTO search_case (rowid, record_id, text)
    SELECT record_id, record_id, text FROM search_case_source WHERE record_id IN (old.case_id, new.case_id);
END;
CREATE TRIGGER search_case_defendant_ad AFTER DELETE ON case_defendant BEGIN
    DELETE FROM search_case WHERE rowid = old.case_id;
    INSERT INTO search_case (rowid, record_id, text)
    SELECT record_id, record_id, text FROM search_case_source WHERE record_id = old.case_id;
END;

CREATE TRIGGER search_hearing_ai AFTER INSERT ON hearing
    WHEN length(trim(new.place)) > 0 AND NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_case WHERE rowid = new.case_id;
    INSERT INTO search_case (rowid, record_id, text)
    SELECT record_id, record_id, text FROM search_case_source WHERE record_id = new.case_id;
END;
CREATE TRIGGER search_hearing_au AFTER UPDATE OF case_id, place, hearing_date ON hearing BEGIN
    DELETE FROM search_case WHERE rowid IN (old.case_id, new.case_id);
    INSERT INTO search_case (rowid, record_id, text)
    SELECT record_id, record_id, text FROM search_case_source WHERE record_id IN (old.case_id, new.case_id);
END;
CREATE TRIGGER search_hearing_ad AFTER DELETE ON hearing BEGIN
    DELETE FROM search_case WHERE rowid = old.case_id;
    INSERT INTO search_case (rowid, record_id, text)
    SELECT record_id, record_id, text FROM search_case_source WHERE record_id = old.case_id;
END;

CREATE TRIGGER search_hearing_appearance_ai AFTER INSERT ON hearing_appearance
    WHEN length(trim(new.evaluation)) > 0 AND NOT EXISTS (SELECT 1 FROM search_paused) BEGIN
    DELETE FROM search_case WHERE rowid = (SELECT case_id FROM hearing WHERE id = new.hearing_id);
    INSERT INTO search_case (rowid, record_id, text)
    SELECT record_id, record_id, text FROM search_case_source
    WHERE record_id = (SELECT case_id FROM hearing WHERE id = new.hearing_id);
END;
CREATE TRIGGER search_hearing_appearance_au AFTER UPDATE OF hearing_id, evaluation ON hearing_appearance BEGIN
    DELETE FROM search_case WHERE rowid IN (SELECT case_id FROM hearing WHERE id IN (old.hearing_id, new.hearing_id));
    INSERT INTO search_case (rowid, record_id, text)
    SELECT record_id, record_id, text FROM search_case_source
    WHERE record_id IN (SELECT case_id FROM hearing WHERE id IN (old.hearing_id, new.hearing_id));
END;
CREATE TRIGGER search_hearing_appearance_ad AFTER DELETE ON hearing_appearance
    WHEN length(trim(old.evaluation)) > 0 BEGIN
    DELETE FROM search_case WHERE rowid = (SELECT case_id FROM hearing WHERE id = old.hearing_id);
    INSERT INTO search_case (rowid, record_id, text)
    SELECT record_id, record_id, text FROM search_case_source
    WHERE record_id = (SELECT case_id FROM hearing WHERE id = old.hearing_id);
END;

-- (search_agency_renamed of V6 stays: its touch of case_defendant.agency_id now rewrites each of the agency's cases.)

INSERT INTO search_case (rowid, record_id, text) SELECT record_id, record_id, text FROM search_case_source;

-- ---------------------------------------------------------------------------------------------------------
-- letters, meetings, agencies: the same rows as in V6, in detail=none tables (the V6 triggers write into them by
-- name, so they stay); each table is filled again by touching its source rows, as `check --repair` does

DROP TABLE search_letter;
DROP TABLE search_meeting;
DROP TABLE search_agency;
CREATE VIRTUAL TABLE search_letter USING fts5(record_id UNINDEXED, text, tokenize = 'trigram', detail = none);
CREATE VIRTUAL TABLE search_meeting USING fts5(record_id UNINDEXED, text, tokenize = 'trigram', detail = none);
CREATE VIRTUAL TABLE search_agency USING fts5(record_id UNINDEXED, text, tokenize = 'trigram', detail = none);

UPDATE agency SET name = name;
UPDATE suggestion SET title = title;
UPDATE suggestion_number SET number_text = number_text;
UPDATE suggestion_item SET problem = problem;
UPDATE suggestion_cc SET name = name;
UPDATE meeting SET title = title;
UPDATE meeting_topic SET title = title;
UPDATE agreed_item SET text = text;
UPDATE item_progress SET note = note;
UPDATE meeting_attendee SET person = person;

-- ---------------------------------------------------------------------------------------------------------
-- white papers: 1 white_paper (title), 2 white_paper_chapter (heading, narrative; the narrative as stored, its
-- quoted figures ⟦key=value⟧ included — SearchIndex shows them as their values in a snippet)

CREATE VIRTUAL TABLE search_whitepaper USING fts5(record_id UNINDEXED, text, tokenize = 'trigram', detail = none);

CREATE TRIGGER search_white_paper_ai AFTER INSERT ON white_paper BEGIN
    INSERT INTO search_whitepaper (rowid, record_id, text) VALUES (new.id * 8 + 1, new.id, new.title);
END;
CREATE TRIGGER search_white_paper_au AFTER UPDATE OF title ON white_paper BEGIN
    DELETE FROM search_whitepaper WHERE rowid = old.id * 8 + 1;
    INSERT INTO search_whitepaper (rowid, record_id, text) VALUES (new.id * 8 + 1, new.id, new.title);
END;
CREATE TRIGGER search_white_paper_ad AFTER DELETE ON white_paper BEGIN
    DELETE FROM search_whitepaper WHERE rowid = old.id * 8 + 1;
END;

CREATE TRIGGER search_white_paper_chapter_ai AFTER INSERT ON white_paper_chapter BEGIN
    INSERT INTO search_whitepaper (rowid, record_id, text)
    VALUES (new.id * 8 + 2, new.paper_id, concat_ws(' ', new.heading, new.narrative));
END;
CREATE TRIGGER search_white_paper_chapter_au AFTER UPDATE OF paper_id, heading, narrative ON white_paper_chapter BEGIN
    DELETE FROM search_whitepaper WHERE rowid = old.id * 8 + 2;
    INSERT INTO search_whitepaper (rowid, record_id, text)
    VALUES (new.id * 8 + 2, new.paper_id, concat_ws(' ', new.heading, new.narrative));
END;
CREATE TRIGGER search_white_paper_chapter_ad AFTER DELETE ON white_paper_chapter BEGIN
    DELETE FROM search_whitepaper WHERE rowid = old.id * 8 + 2;
END;

UPDATE white_paper SET title = title;
UPDATE white_paper_chapter SET heading = heading;

-- ---------------------------------------------------------------------------------------------------------
-- each index merged into one b-tree once it is written (FTS5 'optimize'): a query then reads one doclist per trigram
-- instead of one per segment that the row-by-row writing left

INSERT INTO search_case (search_case) VALUES ('optimize');
INSERT INTO search_letter (search_letter) VALUES ('optimize');
INSERT INTO search_meeting (search_meeting) VALUES ('optimize');
INSERT INTO search_agency (search_agency) VALUES ('optimize');
INSERT INTO search_whitepaper (search_whitepaper) VALUES ('optimize');
