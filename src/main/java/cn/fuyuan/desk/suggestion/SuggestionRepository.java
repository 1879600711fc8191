package cn.fuyuan.desk.suggestion;

import static cn.fuyuan.desk.store.Values.blankToNull;

import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.SUGGESTION;
import static cn.fuyuan.desk.store.jooq.Tables.SUGGESTION_ATTACHMENT;
import static cn.fuyuan.desk.store.jooq.Tables.SUGGESTION_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.SUGGESTION_CC;
import static cn.fuyuan.desk.store.jooq.Tables.SUGGESTION_ITEM;
import static cn.fuyuan.desk.store.jooq.Tables.SUGGESTION_NUMBER;
import static cn.fuyuan.desk.store.jooq.Tables.WORK_FIELD;

import cn.fuyuan.desk.caseload.CaseNumber;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.ChildRows;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.store.jooq.tables.records.SuggestionAttachmentRecord;
import cn.fuyuan.desk.store.jooq.tables.records.SuggestionCaseRecord;
import cn.fuyuan.desk.store.jooq.tables.records.SuggestionCcRecord;
import cn.fuyuan.desk.store.jooq.tables.records.SuggestionItemRecord;
import cn.fuyuan.desk.store.jooq.tables.records.SuggestionRecord;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;

/**
 * Suggestion letters in the store. Every write is one transaction, checked by {@link SuggestionRules}
 * and written through {@link Audit}, so the history shows every step of a letter.
 */
public final class SuggestionRepository {
    /** Largest attachment stored with a letter. */
    public static final long MAX_ATTACHMENT_BYTES = 10L * 1024 * 1024;

    private final Database db;

    public SuggestionRepository(Database db) {
        this.db = db;
    }

    public Database db() {
        return db;
    }

    // ---------------------------------------------------------------- reading

    private static SelectOnConditionStep<Record> select(DSLContext ctx) {
        return ctx.select(SUGGESTION.fields()).select(AGENCY.NAME, WORK_FIELD.NAME, SUGGESTION_NUMBER.NUMBER_TEXT)
                .from(SUGGESTION)
                .leftJoin(AGENCY).on(AGENCY.ID.eq(SUGGESTION.RECIPIENT_ID))
                .leftJoin(WORK_FIELD).on(WORK_FIELD.ID.eq(AGENCY.FIELD_ID))
                .leftJoin(SUGGESTION_NUMBER).on(SUGGESTION_NUMBER.SUGGESTION_ID.eq(SUGGESTION.ID));
    }

    static String text(LocalDate d) {
        return d == null ? null : d.toString();
    }


    private static List<Suggestion> load(DSLContext ctx, Condition c) {
        List<Record> rows = select(ctx).where(c).orderBy(SUGGESTION.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Integer> ids = rows.stream().map(r -> r.get(SUGGESTION.ID)).toList();
        Map<Integer, List<String>> cases = new LinkedHashMap<>();
        ctx.selectFrom(SUGGESTION_CASE).where(SUGGESTION_CASE.SUGGESTION_ID.in(ids))
                .orderBy(SUGGESTION_CASE.SUGGESTION_ID, SUGGESTION_CASE.CASE_NUMBER)
                .forEach(r -> cases.computeIfAbsent(r.getSuggestionId(), k -> new ArrayList<>()).add(r.getCaseNumber()));
        Map<Integer, List<LetterItem>> items = new LinkedHashMap<>();
        ctx.selectFrom(SUGGESTION_ITEM).where(SUGGESTION_ITEM.SUGGESTION_ID.in(ids))
                .orderBy(SUGGESTION_ITEM.SUGGESTION_ID, SUGGESTION_ITEM.POSITION)
                .forEach(r -> items.computeIfAbsent(r.getSuggestionId(), k -> new ArrayList<>()).add(new LetterItem(r.getProblem(), r.getAdvice())));
        Map<Integer, List<CcUnit>> cc = new LinkedHashMap<>();
        ctx.selectFrom(SUGGESTION_CC).where(SUGGESTION_CC.SUGGESTION_ID.in(ids))
                .orderBy(SUGGESTION_CC.SUGGESTION_ID, SUGGESTION_CC.POSITION)
                .forEach(r -> cc.computeIfAbsent(r.getSuggestionId(), k -> new ArrayList<>()).add(new CcUnit(r.getAgencyId(), r.getName())));
        List<Suggestion> out = new ArrayList<>();
        for (Record r : rows) {
            int id = r.get(SUGGESTION.ID);
            LetterDraft d = new LetterDraft(id, r.get(SUGGESTION.TITLE), SuggestionKind.valueOf(r.get(SUGGESTION.KIND)),
                    r.get(SUGGESTION.RECIPIENT_ID), cases.getOrDefault(id, List.of()), cc.getOrDefault(id, List.of()),
                    r.get(SUGGESTION.BACKGROUND), items.getOrDefault(id, List.of()), r.get(SUGGESTION.REPLY_MONTHS),
                    r.get(SUGGESTION.CONTACT_PERSON), r.get(SUGGESTION.CONTACT_PHONE), r.get(SUGGESTION.DRAFTER),
                    r.get(SUGGESTION.NOTES));
            String by = r.get(SUGGESTION.APPROVED_BY);
            String adoption = r.get(SUGGESTION.ADOPTION);
            out.add(new Suggestion(id, d, r.get(AGENCY.NAME), r.get(WORK_FIELD.NAME),
                    SuggestionStatus.valueOf(r.get(SUGGESTION.STATUS)), r.get(SUGGESTION_NUMBER.NUMBER_TEXT),
                    by == null ? null : Approver.valueOf(by), r.get(SUGGESTION.APPROVED_ON),
                    r.get(SUGGESTION.ISSUED_ON), r.get(SUGGESTION.DUE_ON), r.get(SUGGESTION.DELIVERY_METHOD),
                    r.get(SUGGESTION.RECEIPT_RETURNED) == 1, r.get(SUGGESTION.REPLY_ON), r.get(SUGGESTION.REPLY_TEXT),
                    adoption == null ? null : Adoption.valueOf(adoption), r.get(SUGGESTION.VISIT_NOTES),
                    r.get(SUGGESTION.ARCHIVED_ON), r.get(SUGGESTION.WITHDRAWN_ON), r.get(SUGGESTION.WITHDRAW_REASON),
                    r.get(SUGGESTION.EXCELLENT) == 1, r.get(SUGGESTION.EXCELLENT_CONTEST), r.get(SUGGESTION.EXCELLENT_YEAR),
                    r.get(SUGGESTION.CREATED_ON)));
        }
        return out;
    }

    /** What the figures need of every letter (SuggestionStats). */
    public List<SuggestionStats.Letter> statLetters() {
        return list().stream().map(SuggestionStats.Letter::of).toList();
    }

    /** Every letter, oldest first. */
    public List<Suggestion> list() {
        return load(db.dsl(), DSL.noCondition());
    }

    /** The letters a year's figures look at (the white paper): issued in the year, or named excellent in it; oldest first. */
    public List<Suggestion> ofYear(int year) {
        return load(db.dsl(), SUGGESTION.ISSUED_ON.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).or(SUGGESTION.EXCELLENT_YEAR.eq(year)));
    }

    public Optional<Suggestion> find(int id) {
        return find(db.dsl(), id);
    }

    static Optional<Suggestion> find(DSLContext ctx, int id) {
        return load(ctx, SUGGESTION.ID.eq(id)).stream().findFirst();
    }

    /** By its number as people write it (巴法建〔2025〕3号, [2025], 3 with a leading zero …). */
    public Optional<Suggestion> findByNumber(String number) {
        Optional<SuggestionNumbering.Number> n = SuggestionNumbering.parse(number);
        if (n.isEmpty()) {
            return Optional.empty();
        }
        Integer id = db.dsl().select(SUGGESTION_NUMBER.SUGGESTION_ID).from(SUGGESTION_NUMBER)
                .where(SUGGESTION_NUMBER.YEAR.eq(n.get().year()).and(SUGGESTION_NUMBER.SEQ.eq(n.get().seq())))
                .fetchOne(SUGGESTION_NUMBER.SUGGESTION_ID);
        return id == null ? Optional.empty() : find(id);
    }

    /** The letters that name this case (normalised 案号) among their source cases. */
    public List<Suggestion> forCase(String caseNumber) {
        String n = CaseNumber.normalise(caseNumber).orElse(caseNumber);
        return load(db.dsl(), SUGGESTION.ID.in(DSL.select(SUGGESTION_CASE.SUGGESTION_ID).from(SUGGESTION_CASE)
                .where(SUGGESTION_CASE.CASE_NUMBER.eq(n))));
    }

    /** The series of a year: every number taken, with its letter or its void reason. */
    public List<NumberEntry> numbers(int year) {
        return db.dsl().selectFrom(SUGGESTION_NUMBER).where(SUGGESTION_NUMBER.YEAR.eq(year)).orderBy(SUGGESTION_NUMBER.SEQ)
                .fetch(r -> new NumberEntry(r.getYear(), r.getSeq(), r.getNumberText(), r.getSuggestionId(), r.getVoidReason()));
    }

    /** One number of the series. */
    public record NumberEntry(int year, int seq, String text, Integer suggestionId, String voidReason) {
    }

    // ---------------------------------------------------------------- the draft

    /** Validates and saves a draft (new, or an existing letter still in 草稿); returns its id. */
    public int saveDraft(LetterDraft d) {
        return db.write(tx -> saveDraft(tx, d, LocalDate.now()));
    }

    /** Within the caller's transaction (import, demo, drafts from an absence). */
    public static int saveDraft(DSLContext tx, LetterDraft d, LocalDate today) {
        List<Problem> problems = new ArrayList<>(SuggestionRules.checkDraft(d));
        SuggestionRecord r;
        if (d.id() == null) {
            r = tx.newRecord(SUGGESTION);
            r.setStatus(SuggestionStatus.DRAFT.name());
            r.setCreatedOn(today);
            r.setReceiptReturned(0);
            r.setExcellent(0);
        } else {
            r = tx.selectFrom(SUGGESTION).where(SUGGESTION.ID.eq(d.id())).fetchOne();
            if (r == null) {
                throw new ValidationException(Problem.ofField("id", Messages.get("suggestion.notFound", d.id())));
            }
            problems.addAll(SuggestionRules.checkStep(SuggestionStatus.valueOf(r.getStatus()), SuggestionRules.Step.SAVE));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        writeContent(tx, r, d);
        int id = d.id() == null ? Audit.insert(tx, r).getId() : d.id();
        if (d.id() != null) {
            Audit.update(tx, r);
        }
        writeChildren(tx, id, d);
        return id;
    }

    private static void writeContent(DSLContext tx, SuggestionRecord r, LetterDraft d) {
        r.setTitle(d.title().strip());
        r.setKind(d.kind().name());
        r.setRecipientId(d.recipientId());
        r.setBackground(blankToNull(d.background()));
        r.setReplyMonths(d.replyMonths());
        r.setContactPerson(blankToNull(d.contactPerson()));
        r.setContactPhone(blankToNull(d.contactPhone()));
        r.setDrafter(blankToNull(d.drafter()));
        r.setNotes(blankToNull(d.notes()));
    }

    /** Replaces cases, pairs and 抄送 when they changed (each change audited row by row). */
    static void writeChildren(DSLContext tx, int id, LetterDraft d) {
        List<String> cases = d.caseNumbers().stream().map(c -> CaseNumber.normalise(c).orElseThrow()).distinct().sorted().toList();
        List<String> oldCases = tx.select(SUGGESTION_CASE.CASE_NUMBER).from(SUGGESTION_CASE).where(SUGGESTION_CASE.SUGGESTION_ID.eq(id))
                .orderBy(SUGGESTION_CASE.CASE_NUMBER).fetch(SUGGESTION_CASE.CASE_NUMBER);
        if (!cases.equals(oldCases)) {
            List<SuggestionCaseRecord> rows = new ArrayList<>();
            for (String c : cases) {
                SuggestionCaseRecord r = tx.newRecord(SUGGESTION_CASE);
                r.setSuggestionId(id);
                r.setCaseNumber(c);
                rows.add(r);
            }
            ChildRows.replace(tx, SUGGESTION_CASE, SUGGESTION_CASE.SUGGESTION_ID, id, rows);
        }
        List<LetterItem> items = d.items().stream().map(i -> new LetterItem(i.problem().strip(), i.advice().strip())).toList();
        List<LetterItem> oldItems = tx.selectFrom(SUGGESTION_ITEM).where(SUGGESTION_ITEM.SUGGESTION_ID.eq(id))
                .orderBy(SUGGESTION_ITEM.POSITION).fetch(r -> new LetterItem(r.getProblem(), r.getAdvice()));
        if (!items.equals(oldItems)) {
            List<SuggestionItemRecord> rows = new ArrayList<>();
            int pos = 1;
            for (LetterItem i : items) {
                SuggestionItemRecord r = tx.newRecord(SUGGESTION_ITEM);
                r.setSuggestionId(id);
                r.setPosition(pos++);
                r.setProblem(i.problem());
                r.setAdvice(i.advice());
                rows.add(r);
            }
            ChildRows.replace(tx, SUGGESTION_ITEM, SUGGESTION_ITEM.SUGGESTION_ID, id, rows);
        }
        List<CcUnit> cc = d.cc().stream().map(c -> new CcUnit(c.agencyId(), c.name().strip())).toList();
        List<CcUnit> oldCc = tx.selectFrom(SUGGESTION_CC).where(SUGGESTION_CC.SUGGESTION_ID.eq(id))
                .orderBy(SUGGESTION_CC.POSITION).fetch(r -> new CcUnit(r.getAgencyId(), r.getName()));
        if (!cc.equals(oldCc)) {
            List<SuggestionCcRecord> rows = new ArrayList<>();
            int pos = 1;
            for (CcUnit c : cc) {
                SuggestionCcRecord r = tx.newRecord(SUGGESTION_CC);
                r.setSuggestionId(id);
                r.setPosition(pos++);
                r.setAgencyId(c.agencyId());
                r.setName(c.name());
                rows.add(r);
            }
            ChildRows.replace(tx, SUGGESTION_CC, SUGGESTION_CC.SUGGESTION_ID, id, rows);
        }
    }

    // ---------------------------------------------------------------- the workflow

    /** Loads, checks, changes and audits one letter in one transaction. */
    private Suggestion step(int id, java.util.function.Function<Suggestion, List<Problem>> check,
                            Consumer<SuggestionRecord> change) {
        return db.write(tx -> step(tx, id, check, change));
    }

    static Suggestion step(DSLContext tx, int id, java.util.function.Function<Suggestion, List<Problem>> check,
                           Consumer<SuggestionRecord> change) {
        Suggestion s = find(tx, id).orElseThrow(() ->
                new ValidationException(Problem.ofField("id", Messages.get("suggestion.notFound", id))));
        List<Problem> problems = check.apply(s);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        SuggestionRecord r = tx.selectFrom(SUGGESTION).where(SUGGESTION.ID.eq(id)).fetchOne();
        change.accept(r);
        Audit.update(tx, r);
        return find(tx, id).orElseThrow();
    }

    /** 草稿 → 待审批: only a complete letter (recipient, pairs, source cases). */
    public Suggestion submit(int id) {
        return step(id, s -> {
            List<Problem> p = new ArrayList<>(SuggestionRules.checkStep(s.status(), SuggestionRules.Step.SUBMIT));
            p.addAll(SuggestionRules.checkSubmit(s.draft()));
            return p;
        }, r -> r.setStatus(SuggestionStatus.PENDING.name()));
    }

    /** 待审批 → 草稿: sent back for changes. */
    public Suggestion sendBack(int id) {
        return step(id, s -> SuggestionRules.checkStep(s.status(), SuggestionRules.Step.SEND_BACK),
                r -> r.setStatus(SuggestionStatus.DRAFT.name()));
    }

    /** 待审批 → 已签发: records who approved and when, and takes the next number of that year's series. */
    public Suggestion sign(int id, Approver by, LocalDate on) {
        String prefix = new cn.fuyuan.desk.settings.SettingsRepository(db).get(SettingKey.SUGGESTION_PREFIX);
        return db.write(tx -> sign(tx, id, by, on, prefix));
    }

    static Suggestion sign(DSLContext tx, int id, Approver by, LocalDate on, String prefix) {
        Suggestion signed = step(tx, id, s -> SuggestionRules.checkSign(s, by, on), r -> {
            r.setStatus(SuggestionStatus.SIGNED.name());
            r.setApprovedBy(by.name());
            r.setApprovedOn(on);
        });
        SuggestionNumbering.takeFor(tx, id, on.getYear(), prefix, LocalDate.now());
        return find(tx, signed.id()).orElseThrow();
    }

    /** 已签发 → 已送达: the issue date starts the reply period (due date = issue date + period). */
    public Suggestion deliver(int id, LocalDate issuedOn, String method, boolean receiptReturned) {
        return db.write(tx -> deliver(tx, id, issuedOn, method, receiptReturned));
    }

    static Suggestion deliver(DSLContext tx, int id, LocalDate issuedOn, String method, boolean receiptReturned) {
        return step(tx, id, s -> SuggestionRules.checkDeliver(s, issuedOn, method), r -> {
            r.setStatus(SuggestionStatus.DELIVERED.name());
            r.setIssuedOn(issuedOn);
            r.setDueOn(SuggestionDates.due(issuedOn, r.getReplyMonths()));
            r.setDeliveryMethod(method.strip());
            r.setReceiptReturned(receiptReturned ? 1 : 0);
        });
    }

    /** 送达回证 came back (or the flag is corrected) after delivery. */
    public Suggestion setReceiptReturned(int id, boolean returned) {
        return step(id, s -> SuggestionRules.checkStep(s.status(), SuggestionRules.Step.RECEIPT), r -> r.setReceiptReturned(returned ? 1 : 0));
    }

    /** 已送达 → 已回复: reply date, text, and how it is judged. */
    public Suggestion reply(int id, LocalDate replyOn, String replyText, Adoption adoption) {
        return db.write(tx -> reply(tx, id, replyOn, replyText, adoption));
    }

    static Suggestion reply(DSLContext tx, int id, LocalDate replyOn, String replyText, Adoption adoption) {
        return step(tx, id, s -> SuggestionRules.checkReply(s, replyOn, replyText, adoption), r -> {
            r.setStatus(SuggestionStatus.REPLIED.name());
            r.setReplyOn(replyOn);
            r.setReplyText(blankToNull(replyText));
            r.setAdoption(adoption.name());
        });
    }

    /** 已回复 → 已办结: follow-up visit notes and the archive date. */
    public Suggestion close(int id, LocalDate archivedOn, String visitNotes) {
        return db.write(tx -> close(tx, id, archivedOn, visitNotes));
    }

    static Suggestion close(DSLContext tx, int id, LocalDate archivedOn, String visitNotes) {
        return step(tx, id, s -> SuggestionRules.checkClose(s, archivedOn), r -> {
            r.setStatus(SuggestionStatus.CLOSED.name());
            r.setArchivedOn(archivedOn);
            r.setVisitNotes(blankToNull(visitNotes));
        });
    }

    /** → 已撤回 (from any state before a reply). A number already taken stays with the letter. */
    public Suggestion withdraw(int id, LocalDate on, String reason) {
        return db.write(tx -> withdraw(tx, id, on, reason));
    }

    static Suggestion withdraw(DSLContext tx, int id, LocalDate on, String reason) {
        return step(tx, id, s -> SuggestionRules.checkWithdraw(s, on, reason), r -> {
            r.setStatus(SuggestionStatus.WITHDRAWN.name());
            r.setWithdrawnOn(on);
            r.setWithdrawReason(reason.strip());
        });
    }

    /** 优秀司法建议: marks (or unmarks) an issued letter with the contest and its year. */
    public Suggestion markExcellent(int id, boolean excellent, String contest, Integer year) {
        return step(id, s -> SuggestionRules.checkExcellent(s, excellent, contest, year), r -> {
            r.setExcellent(excellent ? 1 : 0);
            r.setExcellentContest(excellent ? contest.strip() : null);
            r.setExcellentYear(excellent ? year : null);
        });
    }

    /** Voids the next number of a year (a number taken by hand, a letter abandoned): recorded, never reused. */
    public String voidNumber(int year, String reason) {
        if (SuggestionRules.blank(reason)) {
            throw new ValidationException(Problem.ofField("voidReason",
                    Messages.get("validation.required", Messages.get("suggestion.voidReason"))));
        }
        String prefix = new cn.fuyuan.desk.settings.SettingsRepository(db).get(SettingKey.SUGGESTION_PREFIX);
        return db.write(tx -> SuggestionNumbering.voidNext(tx, year, reason.strip(), prefix, LocalDate.now()));
    }

    // ---------------------------------------------------------------- attachments

    /** An attachment without its content. */
    public record AttachmentInfo(int id, String fileName, long sizeBytes, LocalDate addedOn) {
    }

    public List<AttachmentInfo> attachments(int suggestionId) {
        return db.dsl().select(SUGGESTION_ATTACHMENT.ID, SUGGESTION_ATTACHMENT.FILE_NAME, SUGGESTION_ATTACHMENT.SIZE_BYTES,
                        SUGGESTION_ATTACHMENT.ADDED_ON)
                .from(SUGGESTION_ATTACHMENT).where(SUGGESTION_ATTACHMENT.SUGGESTION_ID.eq(suggestionId))
                .orderBy(SUGGESTION_ATTACHMENT.ID)
                .fetch(r -> new AttachmentInfo(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    /** Stores a file with the letter; refuses an empty or too large one with a message naming the file. */
    public int addAttachment(int suggestionId, String fileName, byte[] content) {
        if (content.length > MAX_ATTACHMENT_BYTES) {
            throw new ValidationException(Problem.ofField("attachments", Messages.get("suggestion.attachmentTooLarge",
                    fileName, String.format(java.util.Locale.ROOT, "%.1f", content.length / 1024 / 1024.0), MAX_ATTACHMENT_BYTES / 1024 / 1024)));
        }
        if (content.length == 0) {
            throw new ValidationException(Problem.ofField("attachments", Messages.get("suggestion.attachmentEmpty", fileName)));
        }
        return db.write(tx -> {
            if (find(tx, suggestionId).isEmpty()) {
                throw new ValidationException(Problem.ofField("id", Messages.get("suggestion.notFound", suggestionId)));
            }
            SuggestionAttachmentRecord r = tx.newRecord(SUGGESTION_ATTACHMENT);
            r.setSuggestionId(suggestionId);
            r.setFileName(fileName);
            r.setSizeBytes(content.length);
            r.setContent(content);
            r.setAddedOn(LocalDate.now());
            r.store();
            // the history keeps what was added, not the bytes
            Audit.log(tx, SUGGESTION_ATTACHMENT, String.valueOf(r.getId()), Audit.Action.INSERT, null, attachmentValues(r));
            return r.getId();
        });
    }

    public byte[] attachmentContent(int attachmentId) {
        return db.dsl().select(SUGGESTION_ATTACHMENT.CONTENT).from(SUGGESTION_ATTACHMENT)
                .where(SUGGESTION_ATTACHMENT.ID.eq(attachmentId)).fetchOne(SUGGESTION_ATTACHMENT.CONTENT);
    }

    public void removeAttachment(int attachmentId) {
        db.writeVoid(tx -> {
            SuggestionAttachmentRecord r = tx.selectFrom(SUGGESTION_ATTACHMENT).where(SUGGESTION_ATTACHMENT.ID.eq(attachmentId)).fetchOne();
            if (r != null) {
                r.delete();
                Audit.log(tx, SUGGESTION_ATTACHMENT, String.valueOf(attachmentId), Audit.Action.DELETE, attachmentValues(r), null);
            }
        });
    }

    private static Map<String, Object> attachmentValues(SuggestionAttachmentRecord r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("suggestion_id", r.getSuggestionId());
        m.put("file_name", r.getFileName());
        m.put("size_bytes", r.getSizeBytes());
        m.put("added_on", Audit.stored(SUGGESTION_ATTACHMENT.ADDED_ON, r.getAddedOn()));
        return m;
    }
}
