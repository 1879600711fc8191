package cn.fuyuan.desk.suggestion;

import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;
import static cn.fuyuan.desk.store.jooq.Tables.SUGGESTION;
import static cn.fuyuan.desk.store.jooq.Tables.SUGGESTION_NUMBER;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.caseload.CaseNumber;
import cn.fuyuan.desk.i18n.DateInput;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.importing.CellLimits;
import cn.fuyuan.desk.importing.ImportFileException;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.importing.ImportTransaction;
import cn.fuyuan.desk.importing.TabularFile;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.store.Audit;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.jooq.tables.records.SuggestionRecord;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * {@code import suggestions FILE}: the office's existing Excel register (台账), all or nothing; every bad
 * row is reported with its row and column. Headers 文号, 标题, 类型, 案号, 被建议单位, 抄送, 签发日期,
 * 回复期限, 回复日期, 采纳情况, 状态 (标题 and 被建议单位 required). Unknown recipients are refused
 * unless createMissing. A row whose 文号 is already in the series with the same title is left as it is,
 * so importing the same file twice changes nothing. Case numbers are kept whether or not the case
 * register holds the case.
 */
public final class SuggestionImport {
    static final String NUMBER = "文号";
    static final String TITLE = "标题";
    static final String KIND = "类型";
    static final String CASES = "案号";
    static final String RECIPIENT = "被建议单位";
    static final String CC = "抄送";
    static final String ISSUED = "签发日期";
    static final String DUE = "回复期限";
    static final String REPLY = "回复日期";
    static final String ADOPTION = "采纳情况";
    static final String STATUS = "状态";
    static final List<String> HEADERS = List.of(NUMBER, TITLE, KIND, CASES, RECIPIENT, CC, ISSUED, DUE, REPLY, ADOPTION, STATUS);
    static final List<String> REQUIRED = List.of(TITLE, RECIPIENT);
    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；\\n]+");

    private SuggestionImport() {
    }

    public static ImportSummary run(Database db, Path file, boolean createMissing, boolean dryRun) throws ImportFileException {
        TabularFile.Content content = TabularFile.read(file);
        ImportTransaction.requireHeaders(content, REQUIRED, HEADERS);
        int months = Integer.parseInt(new cn.fuyuan.desk.settings.SettingsRepository(db).get(SettingKey.SUGGESTION_REPLY_MONTHS).strip());
        return ImportTransaction.run(db, dryRun, tx -> apply(tx, content, createMissing, dryRun, months));
    }

    private static Problem problem(TabularFile.Row row, String column, String reason) {
        return new Problem(column, row.number(), Messages.get("import.rowProblem", row.number(), column, reason));
    }

    /** Any form {@link DateInput} reads; empty when blank; null when unreadable. */
    static Optional<LocalDate> date(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalDate> d = DateInput.parse(text);
        return d.isPresent() ? d : null;
    }

    static List<String> list(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(LIST_SEPARATORS.split(text.strip())).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** A row read and checked. */
    private record Parsed(TabularFile.Row row, SuggestionNumbering.Number number, String title, SuggestionKind kind,
                          List<String> cases, String recipient, List<String> cc, LocalDate issued, LocalDate due,
                          LocalDate reply, Adoption adoption, SuggestionStatus status) {
    }

    private static ImportSummary apply(DSLContext tx, TabularFile.Content content, boolean createMissing, boolean dryRun, int months) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        Map<String, Integer> firstRowOfNumber = new HashMap<>();
        Map<String, Integer> firstRowOfUnnumbered = new HashMap<>();
        List<Parsed> good = new ArrayList<>();
        int unchanged = 0;
        LocalDate today = LocalDate.now();
        for (TabularFile.Row row : content.rows()) {
            int before = problems.size();
            CellLimits.names(row, problems, NUMBER, RECIPIENT, KIND, ADOPTION, STATUS);
            SuggestionNumbering.Number number = null;
            String numberText = row.get(NUMBER);
            if (!numberText.isEmpty()) {
                number = SuggestionNumbering.parse(numberText).orElse(null);
                if (number == null) {
                    problems.add(problem(row, NUMBER, Messages.get("suggestion.import.badNumber", numberText)));
                } else {
                    Integer first = firstRowOfNumber.putIfAbsent(number.year() + "/" + number.seq(), row.number());
                    if (first != null) {
                        problems.add(problem(row, NUMBER, Messages.get("suggestion.import.numberTwice", numberText, first)));
                    }
                }
            }
            String title = row.get(TITLE);
            if (title.isEmpty()) {
                problems.add(problem(row, TITLE, Messages.get("import.required")));
            } else if (title.length() > SuggestionRules.MAX_TITLE) {
                problems.add(problem(row, TITLE, Messages.get("validation.tooLong", TITLE, SuggestionRules.MAX_TITLE)));
            }
            if (number != null && title.length() > 0) {
                String existing = tx.select(SUGGESTION.TITLE).from(SUGGESTION_NUMBER).leftJoin(SUGGESTION).on(SUGGESTION.ID.eq(SUGGESTION_NUMBER.SUGGESTION_ID))
                        .where(SUGGESTION_NUMBER.YEAR.eq(number.year()).and(SUGGESTION_NUMBER.SEQ.eq(number.seq())))
                        .fetchOptional(SUGGESTION.TITLE).orElse("\u0000absent");
                if (!existing.equals("\u0000absent")) {
                    if (title.equals(existing)) {
                        if (problems.size() == before) {
                            unchanged++;
                        }
                        continue;
                    }
                    problems.add(problem(row, NUMBER, Messages.get("suggestion.import.numberTaken", numberText, existing == null ? "—" : existing)));
                }
            }
            if (numberText.isEmpty() && !title.isEmpty()) {
                // two unnumbered rows with the same title and recipient would make two letters of one
                Integer first = firstRowOfUnnumbered.putIfAbsent(title + "\u0000" + row.get(RECIPIENT), row.number());
                if (first != null) {
                    problems.add(problem(row, TITLE, Messages.get("import.duplicateUnnumbered", first)));
                }
            }
            if (number == null && numberText.isEmpty() && !title.isEmpty() && problems.size() == before
                    && tx.fetchExists(tx.selectOne().from(SUGGESTION).join(AGENCY).on(AGENCY.ID.eq(SUGGESTION.RECIPIENT_ID))
                    .where(SUGGESTION.TITLE.eq(title).and(AGENCY.NAME.eq(row.get(RECIPIENT)))
                            .and(SUGGESTION.ID.notIn(tx.select(SUGGESTION_NUMBER.SUGGESTION_ID).from(SUGGESTION_NUMBER)
                                    .where(SUGGESTION_NUMBER.SUGGESTION_ID.isNotNull())))))) {
                // an unnumbered letter already imported (same title and recipient)
                unchanged++;
                continue;
            }
            SuggestionKind kind = SuggestionKind.INDIVIDUAL;
            if (!row.get(KIND).isEmpty()) {
                kind = SuggestionKind.parse(row.get(KIND)).orElse(null);
                if (kind == null) {
                    problems.add(problem(row, KIND, Messages.get("suggestion.import.badChoice", row.get(KIND), "个案、类案、综合治理")));
                }
            }
            List<String> cases = new ArrayList<>();
            for (String c : list(row.get(CASES))) {
                Optional<String> n = CaseNumber.normalise(c);
                if (n.isEmpty()) {
                    problems.add(problem(row, CASES, CaseNumber.refusal(c)));
                } else {
                    cases.add(n.get());
                }
            }
            String recipient = row.get(RECIPIENT);
            if (recipient.isEmpty()) {
                problems.add(problem(row, RECIPIENT, Messages.get("import.required")));
            } else if (AgencyRepository.findByName(tx, recipient).isEmpty()) {
                missing.computeIfAbsent(RECIPIENT, k -> new LinkedHashSet<>()).add(recipient);
                if (!createMissing) {
                    problems.add(problem(row, RECIPIENT, Messages.get("import.unknownReference", RECIPIENT, recipient)));
                }
            }
            Map<String, Optional<LocalDate>> dates = new HashMap<>();
            for (String h : List.of(ISSUED, DUE, REPLY)) {
                Optional<LocalDate> d = date(row.get(h));
                if (d == null) {
                    problems.add(problem(row, h, DateInput.cellRefusal(row.get(h))));
                    d = Optional.empty();
                } else if (d.isPresent() && CellLimits.implausible(d.get(), today) != null) {
                    problems.add(problem(row, h, CellLimits.implausible(d.get(), today)));
                    d = Optional.empty();
                }
                dates.put(h, d);
            }
            LocalDate issued = dates.get(ISSUED).orElse(null);
            LocalDate reply = dates.get(REPLY).orElse(null);
            LocalDate due = dates.get(DUE).orElse(issued == null ? null : SuggestionDates.due(issued, months));
            Adoption adoption = null;
            if (!row.get(ADOPTION).isEmpty()) {
                adoption = Adoption.parse(row.get(ADOPTION)).orElse(null);
                if (adoption == null) {
                    problems.add(problem(row, ADOPTION, Messages.get("suggestion.import.badChoice", row.get(ADOPTION), "采纳、部分采纳、未采纳")));
                }
            }
            SuggestionStatus status;
            if (!row.get(STATUS).isEmpty()) {
                status = SuggestionStatus.parse(row.get(STATUS)).orElse(null);
                if (status == null) {
                    problems.add(problem(row, STATUS, Messages.get("suggestion.import.badChoice", row.get(STATUS),
                            "草稿、待审批、已签发、已送达、已回复、已办结、已撤回")));
                    status = SuggestionStatus.DRAFT;
                }
            } else {
                status = reply != null ? SuggestionStatus.REPLIED : issued != null ? SuggestionStatus.DELIVERED
                        : number != null ? SuggestionStatus.SIGNED : SuggestionStatus.DRAFT;
            }
            // what the status needs
            boolean numbered = status.compareTo(SuggestionStatus.SIGNED) >= 0 && status != SuggestionStatus.WITHDRAWN;
            if (numbered && number == null && numberText.isEmpty()) {
                problems.add(problem(row, NUMBER, Messages.get("suggestion.import.needed", status.zh())));
            }
            boolean delivered = status.compareTo(SuggestionStatus.DELIVERED) >= 0 && status != SuggestionStatus.WITHDRAWN;
            if (delivered && issued == null && dates.get(ISSUED).isEmpty() && row.get(ISSUED).isEmpty()) {
                problems.add(problem(row, ISSUED, Messages.get("suggestion.import.needed", status.zh())));
            }
            boolean replied = status == SuggestionStatus.REPLIED || status == SuggestionStatus.CLOSED;
            if (replied && reply == null && row.get(REPLY).isEmpty()) {
                problems.add(problem(row, REPLY, Messages.get("suggestion.import.needed", status.zh())));
            }
            if (replied && adoption == null && row.get(ADOPTION).isEmpty()) {
                problems.add(problem(row, ADOPTION, Messages.get("suggestion.import.needed", status.zh())));
            }
            if (!replied && reply != null) {
                problems.add(problem(row, REPLY, Messages.get("suggestion.import.replyButStatus", status.zh())));
            }
            if (issued != null && reply != null && reply.isBefore(issued)) {
                problems.add(problem(row, REPLY, Messages.get("suggestion.dateBefore", REPLY, ISSUED, issued)));
            }
            if (issued != null && due != null && due.isBefore(issued)) {
                problems.add(problem(row, DUE, Messages.get("suggestion.dateBefore", DUE, ISSUED, issued)));
            }
            if (problems.size() == before) {
                good.add(new Parsed(row, number, title, kind, cases, recipient, list(row.get(CC)), issued, due, reply, adoption, status));
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems, missing);
        }
        Map<String, Integer> created = new LinkedHashMap<>();
        for (String name : missing.getOrDefault(RECIPIENT, Set.of())) {
            AgencyRepository.save(tx, new Agency(null, name, null, null, null, null, null, guessLevel(name), null, null, null, true));
            created.merge(RECIPIENT, 1, Integer::sum);
        }
        for (Parsed p : good) {
            Agency recipient = AgencyRepository.findByName(tx, p.recipient()).orElseThrow();
            List<CcUnit> cc = p.cc().stream().map(n -> new CcUnit(AgencyRepository.findByName(tx, n).map(Agency::id).orElse(null), n)).toList();
            LetterDraft d = new LetterDraft(null, p.title(), p.kind(), recipient.id(), p.cases(), cc, null, List.of(), months,
                    null, null, null, Messages.get("suggestion.import.note", p.row().number()));
            int id = SuggestionRepository.saveDraft(tx, d, today);
            SuggestionRecord r = tx.selectFrom(SUGGESTION).where(SUGGESTION.ID.eq(id)).fetchOne();
            r.setStatus(p.status().name());
            r.setApprovedOn(p.number() != null ? (p.issued() != null ? p.issued() : today) : null);
            r.setIssuedOn(p.issued());
            r.setDueOn(p.due());
            r.setReplyOn(p.reply());
            r.setAdoption(p.adoption() == null ? null : p.adoption().name());
            if (p.status() == SuggestionStatus.WITHDRAWN) {
                r.setWithdrawReason(Messages.get("suggestion.import.note", p.row().number()));
            }
            Audit.update(tx, r);
            if (p.number() != null) {
                SuggestionNumbering.record(tx, id, p.number(), p.number().prefix(), today);
            }
        }
        return new ImportSummary(content.rows().size(), good.size(), 0, unchanged, created, dryRun);
    }

    /** The level of an agency the register names but the directory lacks (the user can correct it later). */
    static AgencyLevel guessLevel(String name) {
        if (name.matches(".*(镇|乡|苏木|街道).*")) {
            return AgencyLevel.TOWNSHIP;
        }
        if (name.matches(".*(县|旗|区).*")) {
            return AgencyLevel.COUNTY;
        }
        return name.contains("市") ? AgencyLevel.CITY : AgencyLevel.COUNTY;
    }
}
