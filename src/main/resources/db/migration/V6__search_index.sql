-- Global search (issue 13): one FTS5 table per kind of record, trigram tokenizer, so that any substring of
-- three characters or more (Chinese text, a fragment of a 案号 such as 0821行初) is found through the index.
-- Shorter queries are answered by a LIKE scan of the same tables (cn.fuyuan.desk.search.SearchIndex).
--
-- One row of an index per source row that holds searchable text:
--   rowid     = source row id * 8 + a code of the source table (below), so a trigger finds its row by rowid;
--   record_id = the record the row belongs to (the case, letter, meeting or agency a result opens);
--   text      = the searchable text of that source row.
-- The triggers below keep the index in the same transaction as every change, whoever writes (the
-- repositories, the bulk import writer, the demo data). The rules live only here: the migration fills the
-- index for an existing database, and `check --repair` rebuilds it, by touching every source row so that
-- these same triggers run (SearchIndex.rebuild).
--
-- A white paper kind (package whitepaper, its own migration) gets its own table search_whitepaper and
-- triggers in that migration; SearchIndex reads it only when the table exists.

CREATE VIRTUAL TABLE search_case USING fts5(record_id UNINDEXED, text, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_letter USING fts5(record_id UNINDEXED, text, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_meeting USING fts5(record_id UNINDEXED, text, tokenize = 'trigram');
CREATE VIRTUAL TABLE search_agency USING fts5(record_id UNINDEXED, text, tokenize = 'trigram');

-- ---------------------------------------------------------------------------------------------------------
-- cases: 1 admin_case (案号, 原告, 案由, court), 2 case_defendant (the defendant's names),
--        3 hearing (place), 4 hearing_appearance (the evaluation; the head's and staff's names are not indexed: a row
--        for each of the ~100,000 appearances of an import would cost it about a third more time)

CREATE TRIGGER search_admin_case_ai AFTER INSERT ON admin_case BEGIN
    INSERT INTO search_case (rowid, record_id, text)
    SELECT new.id * 8 + 1, new.id, t FROM (SELECT concat_ws(' ', new.case_number, new.plaintiffs, new.cause,
        (SELECT name FROM court WHERE id = new.court_id)) AS t);
END;
CREATE TRIGGER search_admin_case_au AFTER UPDATE OF case_number, plaintiffs, cause, court_id ON admin_case BEGIN
    DELETE FROM search_case WHERE rowid = old.id * 8 + 1;
    INSERT INTO search_case (rowid, record_id, text)
    SELECT new.id * 8 + 1, new.id, t FROM (SELECT concat_ws(' ', new.case_number, new.plaintiffs, new.cause,
        (SELECT name FROM court WHERE id = new.court_id)) AS t);
END;
CREATE TRIGGER search_admin_case_ad AFTER DELETE ON admin_case BEGIN
    DELETE FROM search_case WHERE rowid = old.id * 8 + 1;
END;

CREATE TRIGGER search_case_defendant_ai AFTER INSERT ON case_defendant BEGIN
    INSERT INTO search_case (rowid, record_id, text)
    SELECT new.id * 8 + 2, new.case_id, concat_ws(' ', a.name, a.short_name) FROM agency a WHERE a.id = new.agency_id;
END;
CREATE TRIGGER search_case_defendant_au AFTER UPDATE OF case_id, agency_id ON case_defendant BEGIN
    DELETE FROM search_case WHERE rowid = old.id * 8 + 2;
    INSERT INTO search_case (rowid, record_id, text)
    SELECT new.id * 8 + 2, new.case_id, concat_ws(' ', a.name, a.short_name) FROM agency a WHERE a.id = new.agency_id;
END;
CREATE TRIGGER search_case_defendant_ad AFTER DELETE ON case_defendant BEGIN
    DELETE FROM search_case WHERE rowid = old.id * 8 + 2;
END;

CREATE TRIGGER search_hearing_ai AFTER INSERT ON hearing WHEN length(trim(new.place)) > 0 BEGIN
    INSERT INTO search_case (rowid, record_id, text) VALUES (new.id * 8 + 3, new.case_id, new.place);
END;
CREATE TRIGGER search_hearing_au AFTER UPDATE OF case_id, place ON hearing BEGIN
    DELETE FROM search_case WHERE rowid = old.id * 8 + 3;
    INSERT INTO search_case (rowid, record_id, text)
    SELECT new.id * 8 + 3, new.case_id, new.place WHERE length(trim(new.place)) > 0;
END;
CREATE TRIGGER search_hearing_ad AFTER DELETE ON hearing BEGIN
    DELETE FROM search_case WHERE rowid = old.id * 8 + 3;
END;

CREATE TRIGGER search_hearing_appearance_ai AFTER INSERT ON hearing_appearance
    WHEN length(trim(new.evaluation)) > 0 BEGIN
    INSERT INTO search_case (rowid, record_id, text)
    SELECT new.id * 8 + 4, h.case_id, new.evaluation FROM hearing h WHERE h.id = new.hearing_id;
END;
CREATE TRIGGER search_hearing_appearance_au AFTER UPDATE OF hearing_id, evaluation ON hearing_appearance BEGIN
    DELETE FROM search_case WHERE rowid = old.id * 8 + 4;
    INSERT INTO search_case (rowid, record_id, text)
    SELECT new.id * 8 + 4, h.case_id, new.evaluation FROM hearing h
    WHERE h.id = new.hearing_id AND length(trim(new.evaluation)) > 0;
END;
CREATE TRIGGER search_hearing_appearance_ad AFTER DELETE ON hearing_appearance BEGIN
    DELETE FROM search_case WHERE rowid = old.id * 8 + 4;
END;

-- ---------------------------------------------------------------------------------------------------------
-- agencies: 1 agency (name, short name, head, phone); a renamed agency also renames its rows in search_case

CREATE TRIGGER search_agency_ai AFTER INSERT ON agency BEGIN
    INSERT INTO search_agency (rowid, record_id, text)
    VALUES (new.id * 8 + 1, new.id, concat_ws(' ', new.name, new.short_name, new.head_name, new.head_title, new.phone));
END;
CREATE TRIGGER search_agency_au AFTER UPDATE OF name, short_name, head_name, head_title, phone ON agency BEGIN
    DELETE FROM search_agency WHERE rowid = old.id * 8 + 1;
    INSERT INTO search_agency (rowid, record_id, text)
    VALUES (new.id * 8 + 1, new.id, concat_ws(' ', new.name, new.short_name, new.head_name, new.head_title, new.phone));
END;
CREATE TRIGGER search_agency_renamed AFTER UPDATE OF name, short_name ON agency
    WHEN old.name IS NOT new.name OR old.short_name IS NOT new.short_name BEGIN
    UPDATE case_defendant SET agency_id = agency_id WHERE agency_id = new.id;
END;
CREATE TRIGGER search_agency_ad AFTER DELETE ON agency BEGIN
    DELETE FROM search_agency WHERE rowid = old.id * 8 + 1;
END;

-- ---------------------------------------------------------------------------------------------------------
-- letters: 1 suggestion (title, background, people, notes, reply, 回访, the source 案号),
--          2 suggestion_number (文号), 3 suggestion_item (problem and suggestion), 5 suggestion_cc (抄送)
-- The source cases (suggestion_case has no integer id of its own) are part of the letter's own row.

CREATE TRIGGER search_suggestion_ai AFTER INSERT ON suggestion BEGIN
    INSERT INTO search_letter (rowid, record_id, text)
    VALUES (new.id * 8 + 1, new.id, concat_ws(' ', new.title, new.background, new.contact_person, new.drafter,
        new.notes, new.reply_text, new.visit_notes, new.withdraw_reason, new.excellent_contest,
        (SELECT group_concat(case_number, ' ') FROM suggestion_case WHERE suggestion_id = new.id)));
END;
CREATE TRIGGER search_suggestion_au AFTER UPDATE OF title, background, contact_person, drafter, notes, reply_text,
    visit_notes, withdraw_reason, excellent_contest ON suggestion BEGIN
    DELETE FROM search_letter WHERE rowid = old.id * 8 + 1;
    INSERT INTO search_letter (rowid, record_id, text)
    VALUES (new.id * 8 + 1, new.id, concat_ws(' ', new.title, new.background, new.contact_person, new.drafter,
        new.notes, new.reply_text, new.visit_notes, new.withdraw_reason, new.excellent_contest,
        (SELECT group_concat(case_number, ' ') FROM suggestion_case WHERE suggestion_id = new.id)));
END;
CREATE TRIGGER search_suggestion_ad AFTER DELETE ON suggestion BEGIN
    DELETE FROM search_letter WHERE rowid = old.id * 8 + 1;
END;

CREATE TRIGGER search_suggestion_case_ai AFTER INSERT ON suggestion_case BEGIN
    UPDATE suggestion SET title = title WHERE id = new.suggestion_id;
END;
CREATE TRIGGER search_suggestion_case_au AFTER UPDATE ON suggestion_case BEGIN
    UPDATE suggestion SET title = title WHERE id IN (old.suggestion_id, new.suggestion_id);
END;
CREATE TRIGGER search_suggestion_case_ad AFTER DELETE ON suggestion_case BEGIN
    UPDATE suggestion SET title = title WHERE id = old.suggestion_id;
END;

CREATE TRIGGER search_suggestion_number_ai AFTER INSERT ON suggestion_number WHEN new.suggestion_id IS NOT NULL BEGIN
    INSERT INTO search_letter (rowid, record_id, text) VALUES (new.id * 8 + 2, new.suggestion_id, new.number_text);
END;
CREATE TRIGGER search_suggestion_number_au AFTER UPDATE OF suggestion_id, number_text ON suggestion_number BEGIN
    DELETE FROM search_letter WHERE rowid = old.id * 8 + 2;
    INSERT INTO search_letter (rowid, record_id, text)
    SELECT new.id * 8 + 2, new.suggestion_id, new.number_text WHERE new.suggestion_id IS NOT NULL;
END;
CREATE TRIGGER search_suggestion_number_ad AFTER DELETE ON suggestion_number BEGIN
    DELETE FROM search_letter WHERE rowid = old.id * 8 + 2;
END;

CREATE TRIGGER search_suggestion_item_ai AFTER INSERT ON suggestion_item BEGIN
    INSERT INTO search_letter (rowid, record_id, text)
    VALUES (new.id * 8 + 3, new.suggestion_id, concat_ws(' ', new.problem, new.advice));
END;
CREATE TRIGGER search_suggestion_item_au AFTER UPDATE OF suggestion_id, problem, advice ON suggestion_item BEGIN
    DELETE FROM search_letter WHERE rowid = old.id * 8 + 3;
    INSERT INTO search_letter (rowid, record_id, text)
    VALUES (new.id * 8 + 3, new.suggestion_id, concat_ws(' ', new.problem, new.advice));
END;
CREATE TRIGGER search_suggestion_item_ad AFTER DELETE ON suggestion_item BEGIN
    DELETE FROM search_letter WHERE rowid = old.id * 8 + 3;
END;

CREATE TRIGGER search_suggestion_cc_ai AFTER INSERT ON suggestion_cc BEGIN
    INSERT INTO search_letter (rowid, record_id, text) VALUES (new.id * 8 + 5, new.suggestion_id, new.name);
END;
CREATE TRIGGER search_suggestion_cc_au AFTER UPDATE OF suggestion_id, name ON suggestion_cc BEGIN
    DELETE FROM search_letter WHERE rowid = old.id * 8 + 5;
    INSERT INTO search_letter (rowid, record_id, text) VALUES (new.id * 8 + 5, new.suggestion_id, new.name);
END;
CREATE TRIGGER search_suggestion_cc_ad AFTER DELETE ON suggestion_cc BEGIN
    DELETE FROM search_letter WHERE rowid = old.id * 8 + 5;
END;

-- ---------------------------------------------------------------------------------------------------------
-- meetings: 1 meeting (number, title, place, host), 2 meeting_topic (title, minutes),
--           3 agreed_item (text, linked 案号 / 文号), 4 item_progress (note), 5 meeting_attendee (person, unit)

CREATE TRIGGER search_meeting_ai AFTER INSERT ON meeting BEGIN
    INSERT INTO search_meeting (rowid, record_id, text)
    VALUES (new.id * 8 + 1, new.id, concat_ws(' ', new.number, new.title, new.place, new.host));
END;
CREATE TRIGGER search_meeting_au AFTER UPDATE OF number, title, place, host ON meeting BEGIN
    DELETE FROM search_meeting WHERE rowid = old.id * 8 + 1;
    INSERT INTO search_meeting (rowid, record_id, text)
    VALUES (new.id * 8 + 1, new.id, concat_ws(' ', new.number, new.title, new.place, new.host));
END;
CREATE TRIGGER search_meeting_ad AFTER DELETE ON meeting BEGIN
    DELETE FROM search_meeting WHERE rowid = old.id * 8 + 1;
END;

CREATE TRIGGER search_meeting_topic_ai AFTER INSERT ON meeting_topic BEGIN
    INSERT INTO search_meeting (rowid, record_id, text)
    VALUES (new.id * 8 + 2, new.meeting_id, concat_ws(' ', new.title, new.minutes));
END;
CREATE TRIGGER search_meeting_topic_au AFTER UPDATE OF meeting_id, title, minutes ON meeting_topic BEGIN
    DELETE FROM search_meeting WHERE rowid = old.id * 8 + 2;
    INSERT INTO search_meeting (rowid, record_id, text)
    VALUES (new.id * 8 + 2, new.meeting_id, concat_ws(' ', new.title, new.minutes));
END;
CREATE TRIGGER search_meeting_topic_ad AFTER DELETE ON meeting_topic BEGIN
    DELETE FROM search_meeting WHERE rowid = old.id * 8 + 2;
END;

CREATE TRIGGER search_agreed_item_ai AFTER INSERT ON agreed_item BEGIN
    INSERT INTO search_meeting (rowid, record_id, text)
    VALUES (new.id * 8 + 3, new.meeting_id, concat_ws(' ', new.text, new.linked_case_number, new.linked_suggestion_number));
END;
CREATE TRIGGER search_agreed_item_au AFTER UPDATE OF meeting_id, text, linked_case_number, linked_suggestion_number
    ON agreed_item BEGIN
    DELETE FROM search_meeting WHERE rowid = old.id * 8 + 3;
    INSERT INTO search_meeting (rowid, record_id, text)
    VALUES (new.id * 8 + 3, new.meeting_id, concat_ws(' ', new.text, new.linked_case_number, new.linked_suggestion_number));
END;
CREATE TRIGGER search_agreed_item_ad AFTER DELETE ON agreed_item BEGIN
    DELETE FROM search_meeting WHERE rowid = old.id * 8 + 3;
END;

CREATE TRIGGER search_item_progress_ai AFTER INSERT ON item_progress BEGIN
    INSERT INTO search_meeting (rowid, record_id, text)
    SELECT new.id * 8 + 4, i.meeting_id, new.note FROM agreed_item i WHERE i.id = new.item_id;
END;
CREATE TRIGGER search_item_progress_au AFTER UPDATE OF item_id, note ON item_progress BEGIN
    DELETE FROM search_meeting WHERE rowid = old.id * 8 + 4;
    INSERT INTO search_meeting (rowid, record_id, text)
    SELECT new.id * 8 + 4, i.meeting_id, new.note FROM agreed_item i WHERE i.id = new.item_id;
END;
CREATE TRIGGER search_item_progress_ad AFTER DELETE ON item_progress BEGIN
    DELETE FROM search_meeting WHERE rowid = old.id * 8 + 4;
END;

CREATE TRIGGER search_meeting_attendee_ai AFTER INSERT ON meeting_attendee
    WHEN coalesce(new.person, new.unit_text) IS NOT NULL BEGIN
    INSERT INTO search_meeting (rowid, record_id, text)
    VALUES (new.id * 8 + 5, new.meeting_id, concat_ws(' ', new.person, new.unit_text));
END;
CREATE TRIGGER search_meeting_attendee_au AFTER UPDATE OF meeting_id, person, unit_text ON meeting_attendee BEGIN
    DELETE FROM search_meeting WHERE rowid = old.id * 8 + 5;
    INSERT INTO search_meeting (rowid, record_id, text)
    SELECT new.id * 8 + 5, new.meeting_id, concat_ws(' ', new.person, new.unit_text)
    WHERE coalesce(new.person, new.unit_text) IS NOT NULL;
END;
CREATE TRIGGER search_meeting_attendee_ad AFTER DELETE ON meeting_attendee BEGIN
    DELETE FROM search_meeting WHERE rowid = old.id * 8 + 5;
END;

-- ---------------------------------------------------------------------------------------------------------
-- the index of an existing database: every source row touched once, so the triggers above write it

UPDATE agency SET name = name;
UPDATE admin_case SET case_number = case_number;
UPDATE case_defendant SET agency_id = agency_id;
UPDATE hearing SET place = place;
UPDATE hearing_appearance SET evaluation = evaluation;
UPDATE suggestion SET title = title;
UPDATE suggestion_number SET number_text = number_text;
UPDATE suggestion_item SET problem = problem;
UPDATE suggestion_cc SET name = name;
UPDATE meeting SET title = title;
UPDATE meeting_topic SET title = title;
UPDATE agreed_item SET text = text;
UPDATE item_progress SET note = note;
UPDATE meeting_attendee SET person = person;
