package cn.fuyuan.desk.caseload;

import static cn.fuyuan.desk.store.jooq.Tables.ADMIN_CASE;
import static cn.fuyuan.desk.store.jooq.Tables.AGENCY;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyLevel;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.i18n.DateInput;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.importing.CellLimits;
import cn.fuyuan.desk.importing.ImportFileException;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.importing.ImportTransaction;
import cn.fuyuan.desk.importing.TabularFile;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Imports cases and hearings from XLSX or CSV, one row per hearing × defendant agency (issue 3 §4). Rows
 * of one 案号 make one case. All or nothing: every bad cell is reported with its row and column and
 * nothing is written. Idempotent: a row is keyed by 案号 + 开庭日期 + 被告, so importing the same file again
 * changes nothing. Unknown courts and agencies are refused unless {@code createMissing}.
 */
public final class HearingImport {
    public static final String NUMBER = "案号";
    public static final String COURT = "法院";
    public static final String PLAINTIFFS = "原告";
    public static final String DEFENDANT = "被告";
    public static final String CAUSE = "案由";
    public static final String ACT_TYPE = "行为类别";
    public static final String FILED = "立案日期";
    public static final String HEARING_DATE = "开庭日期";
    public static final String NOTICE_SERVED = "通知送达日期";
    public static final String APPEARED = "负责人是否出庭";
    public static final String HEAD_NAME = "出庭负责人";
    public static final String HEAD_TITLE = "职务";
    public static final String RANK = "负责人级别";
    public static final String SPOKE = "是否出声";
    public static final String REASON = "未出庭理由";
    public static final String EXPLANATION = "情况说明";
    public static final String STAFF = "应诉人员";
    public static final String RESULT = "一审结果";
    public static final String CLOSED = "结案日期";
    /** Optional: the ground of a loss (domain.md §9), only on a case the agency lost. */
    public static final String LOSS_GROUND = "败诉原因";
    public static final List<String> HEADERS = List.of(NUMBER, COURT, PLAINTIFFS, DEFENDANT, CAUSE, ACT_TYPE, FILED, HEARING_DATE,
            NOTICE_SERVED, APPEARED, HEAD_NAME, HEAD_TITLE, RANK, SPOKE, REASON, EXPLANATION, STAFF, RESULT, CLOSED, LOSS_GROUND);
    public static final List<String> REQUIRED_HEADERS = List.of(NUMBER, DEFENDANT, HEARING_DATE);
    /** Case-level columns: rows of one 案号 must not disagree on them. */
    static final List<String> CASE_COLUMNS = List.of(COURT, PLAINTIFFS, CAUSE, ACT_TYPE, FILED, RESULT, CLOSED, LOSS_GROUND);

    /** A date in any form {@link DateInput} reads, optionally followed by a time of day (2025-07-10 09:30). */
    private static final Pattern DATE_TIME = Pattern.compile("(.+?)(?:[ T](\\d{1,2}:\\d{2})(?::\\d{2})?)?");


    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(HearingImport.class);

    private HearingImport() {
    }

    /**
     * Imports a file as it is (the command line): {@code createMissing} adds every court and agency it does not know. The
     * rows are checked and written while the rest of the file is read ({@link TabularFile#stream(Path)}); a file whose
     * rows of one 案号 are not all next to each other is imported again from the start, read whole (see {@link #apply}).
     */
    public static ImportSummary run(Database db, Path file, boolean createMissing, boolean dryRun) throws ImportFileException {
        BiPredicate<String, String> mayCreate = (kind, name) -> createMissing;
        try (TabularFile.RowStream rows = TabularFile.stream(file)) {
            return run(db, rows, mayCreate, dryRun, null, true);
        } catch (NotGrouped e) {
            LOG.info("hearing import {}: the rows of case {} are not all together; read whole and imported again", file.getFileName(), e.number);
        }
        long t = System.nanoTime();
        TabularFile.Content content = TabularFile.read(file);
        LOG.info("hearing import {}: {} rows read in {} ms", file.getFileName(), content.rows().size(), (System.nanoTime() - t) / 1_000_000);
        return run(db, TabularFile.stream(content), mayCreate, dryRun, null, false);
    }

    /**
     * Imports a file the window has already read, with the user's mapping (the window's mapping step): the headers are
     * renamed or dropped and the 被告 / 法院 cells rewritten before the rows are checked, so everything else is as for a
     * file. An unknown name is created only when {@code createMissing} and the user chose to add it
     * ({@link HearingImportMapping#adds}); any other unknown name is refused as on the command line.
     *
     * @param progress told the number of rows written so far
     * @throws ImportFileException when a required column is missing or two columns are mapped to the same one
     */
    public static ImportSummary run(Database db, TabularFile.Content content, HearingImportMapping mapping, boolean createMissing,
                                    boolean dryRun, LongConsumer progress) throws ImportFileException {
        TabularFile.Content c = remap(content, mapping);
        BiPredicate<String, String> mayCreate = (kind, name) -> createMissing && mapping.adds(kind, name);
        try {
            return run(db, TabularFile.stream(c), mayCreate, dryRun, progress, true);
        } catch (NotGrouped e) {
            LOG.info("hearing import: the rows of case {} are not all together; imported again with the rows grouped first", e.number);
        }
        return run(db, TabularFile.stream(c), mayCreate, dryRun, progress, false);
    }

    private static ImportSummary run(Database db, TabularFile.RowStream rows, BiPredicate<String, String> mayCreate, boolean dryRun,
                                     LongConsumer progress, boolean streaming) throws ImportFileException {
        ImportTransaction.requireHeaders(rows.file(), rows.headers(), REQUIRED_HEADERS, HEADERS);
        String ownCourt = new SettingsRepository(db).get(SettingKey.COURT_NAME);
        long start = System.nanoTime();
        long[] applied = {0};
        ImportSummary s;
        try {
            s = ImportTransaction.run(db, dryRun, tx -> {
                ImportSummary r;
                try {
                    r = apply(tx, rows, ownCourt, mayCreate, dryRun, progress, streaming);
                } catch (ImportFileException e) {
                    throw new FileRefused(e);
                }
                applied[0] = System.nanoTime();
                return r;
            });
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof NotGrouped n) {
                    throw n;
                }
                if (t instanceof FileRefused f) {
                    throw (ImportFileException) f.getCause();
                }
            }
            throw e;
        }
        long end = System.nanoTime();
        LOG.info("hearing import {}: {} in {} ms, of which {} ms {}", rows.file() == null ? "" : rows.file().getFileName(), s,
                (end - start) / 1_000_000, (end - applied[0]) / 1_000_000, dryRun ? "rolling back (dry run)" : "committing");
        return s;
    }

    /** The rows of one 案号 are not all next to each other: the streaming import stops, its transaction rolls back. */
    private static final class NotGrouped extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String number;

        NotGrouped(String number) {
            super(null, null, false, false);
            this.number = number;
        }
    }

    /** Carries what the file reader refused out of the transaction, which rolls back. */
    private static final class FileRefused extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FileRefused(ImportFileException e) {
            super(e);
        }
    }

    /**
     * The names an unknown name of this kind may be mapped to: every agency of the directory for {@link #DEFENDANT}
     * (the import finds inactive ones too), every court and the office's own court (when it has a name) for
     * {@link #COURT}.
     */
    public static List<String> knownNames(Database db, String kind) {
        DSLContext dsl = db.dsl();
        if (kind.equals(DEFENDANT)) {
            return dsl.select(AGENCY.NAME).from(AGENCY).orderBy(AGENCY.NAME).fetch(AGENCY.NAME);
        }
        if (!kind.equals(COURT)) {
            throw new IllegalArgumentException(kind);
        }
        List<String> names = new ArrayList<>();
        String own = new SettingsRepository(db).get(SettingKey.COURT_NAME);
        if (own != null && !own.isBlank()) {
            names.add(own);
        }
        var court = cn.fuyuan.desk.store.jooq.Tables.COURT;
        names.addAll(dsl.select(court.NAME).from(court).orderBy(court.SORT_ORDER, court.NAME).fetch(court.NAME));
        return names;
    }

    /**
     * Renames and drops headers as the mapping says, then rewrites the 被告 and 法院 cells by its name maps. Refuses two
     * file columns that end up as the same column (one would silently overwrite the other).
     */
    static TabularFile.Content remap(TabularFile.Content c, HearingImportMapping mapping) throws ImportFileException {
        Map<String, String> target = new LinkedHashMap<>(); // file header → column, for the headers kept
        Map<String, String> fileHeaderOf = new HashMap<>(); // column → the file header that gives it
        for (String h : c.headers()) {
            if (h.isEmpty() || mapping.ignored().contains(h)) {
                continue;
            }
            String t = mapping.headers().getOrDefault(h, h);
            String other = fileHeaderOf.putIfAbsent(t, h);
            if (other != null) {
                throw new ImportFileException(Messages.get("caseload.import.headerTwice", c.file(), other, h, t));
            }
            target.put(h, t);
        }
        List<TabularFile.Row> rows = new ArrayList<>(c.rows().size());
        for (TabularFile.Row r : c.rows()) {
            Map<String, String> cells = new LinkedHashMap<>();
            r.cells().forEach((k, v) -> {
                String t = target.get(k);
                if (t != null) {
                    cells.put(t, t.equals(DEFENDANT) ? mapping.agencies().getOrDefault(v, v)
                            : t.equals(COURT) ? mapping.courts().getOrDefault(v, v) : v);
                }
            });
            rows.add(new TabularFile.Row(r.number(), cells));
        }
        return new TabularFile.Content(c.file(), List.copyOf(target.values()), rows);
    }

    /** One checked row. */
    private record Parsed(TabularFile.Row row, CaseNumber number, String court, String defendant, LocalDate hearingDate,
                          LocalTime hearingTime, LocalDate filed, LocalDate closed, LocalDate noticeServed, ActType actType,
                          CaseResult result, Boolean appeared, HeadRank rank, boolean spoke, AbsenceReason reason,
                          boolean explanation) {
    }

    /**
     * Checks and writes the rows, in one of two ways with the same outcome:
     * <ul>
     * <li>{@code streaming}: each case is written as soon as its last row is checked — when a row of another 案号 comes —
     * while the next rows are checked (and, for a file, read): the rows of a case must then be next to each other, as
     * every export writes them; the first row of a case seen before throws {@link NotGrouped} and the caller imports
     * again the other way. What is wrong with a row is still found for every row before anything is committed: once a
     * problem is found nothing more is written, and the transaction is rolled back with the refusal.</li>
     * <li>otherwise every row is checked first, then the cases are written in the order of their first rows.</li>
     * </ul>
     *
     * @param mayCreate whether an unknown name of a kind ({@link #DEFENDANT}, {@link #COURT}) may be created
     */
    private static ImportSummary apply(DSLContext tx, TabularFile.RowStream source, String ownCourt,
                                       BiPredicate<String, String> mayCreate, boolean dryRun, LongConsumer progress, boolean streaming)
            throws ImportFileException {
        long checking = System.nanoTime();
        Check check = new Check(tx, ownCourt, mayCreate);
        // the file's hash (for each case's history entry) is computed while the first rows are read and checked
        java.util.concurrent.CompletableFuture<String> hash = java.util.concurrent.CompletableFuture.supplyAsync(() -> sha256(source.file()));
        Write write = new Write(tx, source.headers(), check.agencies, check.courts, progress,
                source.file() == null ? null : String.valueOf(source.file().getFileName()), hash::join);
        int rowCount = 0;
        long checked;
        try {
            if (streaming) {
                write.bulk.dropIndexesWhenLarge();
                Set<String> seen = new HashSet<>();
                String current = null;
                List<Parsed> group = new ArrayList<>();
                RuntimeException failed = null; // what writing threw: reported unless a row has a problem (as when checked first)
                for (TabularFile.Row row; (row = source.next()) != null; ) {
                    rowCount++;
                    String number = check.numberOf(row);
                    if (number != null && !number.equals(current)) {
                        if (current != null) {
                            failed = writeGroup(check, write, current, group, failed);
                            group = new ArrayList<>();
                        }
                        if (!seen.add(number)) {
                            throw new NotGrouped(number);
                        }
                        current = number;
                    }
                    Parsed p = check.row(row);
                    if (p != null) {
                        group.add(p);
                    }
                }
                if (current != null) {
                    failed = writeGroup(check, write, current, group, failed);
                }
                checked = System.nanoTime();
                check.refuseIfAnyProblem();
                if (failed != null) {
                    throw failed;
                }
            } else {
                Map<String, List<Parsed>> byCase = new LinkedHashMap<>();
                for (TabularFile.Row row; (row = source.next()) != null; ) {
                    rowCount++;
                    Parsed p = check.row(row);
                    if (p != null) {
                        byCase.computeIfAbsent(p.number().toString(), k -> new ArrayList<>()).add(p);
                    }
                }
                check.refuseIfAnyProblem();
                checked = System.nanoTime();
                write.createMissing(check.missing);
                write.bulk.expect((int) byCase.keySet().stream().filter(n -> !write.existingNumbers.contains(n)).count());
                for (List<Parsed> rows : byCase.values()) {
                    write.write(rows);
                }
            }
            write.bulk.close();
        } finally {
            write.bulk.abandon(); // leaving with an exception: the batch in flight ends before the transaction rolls back
        }
        long written = System.nanoTime();
        saveGrounds(tx, check.grounds);
        LOG.info("hearing import {}: rows checked{} in {} ms; cases merged, compared and written in {} ms, of which sending rows {} ms ({}) "
                        + "on the sending thread, using {} ms of CPU; loss grounds {} ms", source.file() == null ? "" : source.file().getFileName(),
                streaming ? " and cases written as they came" : "", (checked - checking) / 1_000_000, (written - (streaming ? checking : checked)) / 1_000_000,
                write.bulk.sentMillis(), write.bulk.phases(), write.bulk.sendingCpuMillis(), (System.nanoTime() - written) / 1_000_000);
        return new ImportSummary(rowCount, write.inserted, write.updated, write.unchanged, write.created, dryRun);
    }

    /**
     * The streaming import's step when a case's last row has been checked: the rows it kept for that case are forgotten by
     * the check (no later row may name it) and, while no row has had a problem and nothing has failed, the case is
     * written. Returns what failed (the earlier failure, or this write's).
     */
    private static RuntimeException writeGroup(Check check, Write write, String number, List<Parsed> group, RuntimeException failed) {
        check.forget(number);
        if (failed != null || check.anyProblem() || group.isEmpty()) {
            return failed;
        }
        try {
            write.createMissing(check.missing);
            write.write(group);
            return null;
        } catch (java.util.concurrent.CancellationException e) {
            throw e; // cancelled: stop now
        } catch (RuntimeException e) {
            if (Thread.currentThread().isInterrupted()) {
                throw e;
            }
            return e;
        }
    }

    /** The checking of rows, one at a time, with what it must remember across rows. */
    private static final class Check {
        final DSLContext tx;
        final String ownCourt;
        final BiPredicate<String, String> mayCreate;
        final List<Problem> problems = new ArrayList<>();
        final List<Problem> missingProblems = new ArrayList<>();
        final Map<String, Set<String>> missing = new LinkedHashMap<>();
        final Names agencies;
        /** Courts by name: every court of the table, read once (no query while rows are being sent), and those created. */
        final Map<String, Optional<CaseRepository.Court>> courts = new HashMap<>();
        final Map<String, CaseRepository.Court> courtTable;
        final Map<String, Map<String, String[]>> caseValues = new HashMap<>(); // 案号 → column → {value, first row}
        final Map<String, Map<String, Integer>> rowOfKey = new HashMap<>(); // 案号 → 开庭日期|被告 → first row
        final Map<String, Object[]> grounds = new LinkedHashMap<>(); // 案号 → {败诉原因, first row}
        final LocalDate today = LocalDate.now();
        final Map<String, When> whens = new HashMap<>(); // a file names the same few thousand days on 100,000 rows
        /** The last row's 案号 text and what it parses to, so {@link #numberOf} and {@link #row} parse it once. */
        private String numberText;
        private CaseNumber number;

        Check(DSLContext tx, String ownCourt, BiPredicate<String, String> mayCreate) {
            this.tx = tx;
            this.ownCourt = ownCourt;
            this.mayCreate = mayCreate;
            this.agencies = new Names(tx);
            agencies.load();
            courtTable = CaseRepository.courtsByName(tx);
        }

        /** The row's 案号 as stored (normalised), or null when it has none or none that parses. */
        String numberOf(TabularFile.Row row) {
            CaseNumber n = parse(row.get(NUMBER));
            return n == null ? null : n.toString();
        }

        private CaseNumber parse(String text) {
            if (!text.equals(numberText)) {
                numberText = text;
                number = text.isEmpty() ? null : CaseNumber.parse(text).orElse(null);
            }
            return number;
        }

        boolean anyProblem() {
            return !problems.isEmpty();
        }

        void refuseIfAnyProblem() {
            if (!problems.isEmpty()) {
                throw new ImportRejected(problems, missing, missingProblems);
            }
        }

        /** No later row may be of this case (streaming): what was kept to compare its rows goes. */
        void forget(String caseNumber) {
            caseValues.remove(caseNumber);
            rowOfKey.remove(caseNumber);
        }

        /** Checks a row; its problems are added to {@link #problems}; returns the row read, or null when it has a problem. */
        Parsed row(TabularFile.Row row) {
            int before = problems.size();
            CellLimits.names(row, problems, NUMBER, COURT, DEFENDANT, HEAD_NAME, HEAD_TITLE);
            Cells cells = new Cells(row, problems, today, whens);
            CaseNumber number = null;
            String numberText = row.get(NUMBER);
            if (numberText.isEmpty()) {
                cells.problem(NUMBER, Messages.get("import.required"));
            } else {
                number = parse(numberText);
                if (number == null) {
                    cells.problem(NUMBER, CaseNumber.refusal(numberText));
                }
            }
            String court = row.get(COURT);
            if (court.equals(ownCourt)) {
                court = "";
            }
            if (!court.isEmpty() && courts.computeIfAbsent(court, n -> Optional.ofNullable(courtTable.get(n.strip()))).isEmpty()) {
                missing.computeIfAbsent(COURT, k -> new LinkedHashSet<>()).add(court);
                if (!mayCreate.test(COURT, court)) {
                    missingProblems.add(cells.problem(COURT, Messages.get("caseload.import.unknownCourt", court)));
                }
            }
            String defendant = row.get(DEFENDANT);
            if (defendant.isEmpty()) {
                cells.problem(DEFENDANT, Messages.get("import.required"));
            } else if (agencies.find(defendant).isEmpty()) {
                missing.computeIfAbsent(DEFENDANT, k -> new LinkedHashSet<>()).add(defendant);
                if (!mayCreate.test(DEFENDANT, defendant)) {
                    String close = agencies.closest(defendant);
                    missingProblems.add(cells.problem(DEFENDANT, close == null ? Messages.get("caseload.import.unknownAgency", defendant)
                            : Messages.get("caseload.import.unknownAgencySuggest", defendant, close)));
                }
            }
            LocalDate hearingDate = null;
            LocalTime hearingTime = null;
            String hd = row.get(HEARING_DATE);
            if (hd.isEmpty()) {
                cells.problem(HEARING_DATE, Messages.get("import.required"));
            } else {
                When w = cells.when(hd);
                if (w.date() == null || w.badTime()) {
                    cells.problem(HEARING_DATE, DateInput.cellRefusal(hd));
                } else if (cells.plausible(HEARING_DATE, w.date())) {
                    hearingDate = w.date();
                    hearingTime = w.time();
                }
            }
            LocalDate filed = cells.date(FILED);
            LocalDate closed = cells.date(CLOSED);
            LocalDate served = cells.date(NOTICE_SERVED);
            ActType actType = cells.choice(ACT_TYPE, ActType::parse, ActType.values());
            CaseResult result = cells.choice(RESULT, CaseResult::parse, CaseResult.values());
            LossGround ground = cells.choice(LOSS_GROUND, LossGround::parse, LossGround.values());
            if (ground != null && number != null) {
                grounds.putIfAbsent(number.toString(), new Object[] {ground, row.number()});
            }
            HeadRank rank = cells.choice(RANK, HeadRank::parse, HeadRank.values());
            AbsenceReason reason = cells.choice(REASON, AbsenceReason::parse, AbsenceReason.values());
            Boolean appeared = cells.yesNo(APPEARED);
            Boolean spoke = cells.yesNo(SPOKE);
            Boolean explanation = cells.yesNo(EXPLANATION);
            if (Boolean.TRUE.equals(appeared) && rank == null && row.get(RANK).isEmpty()) {
                cells.problem(RANK, Messages.get("caseload.rule.rankRequired"));
            }
            if (Boolean.FALSE.equals(appeared) && reason == null && row.get(REASON).isEmpty()) {
                cells.problem(REASON, Messages.get("caseload.rule.reasonRequired"));
            }
            if (Boolean.TRUE.equals(appeared) && !row.get(REASON).isEmpty()) {
                cells.problem(REASON, Messages.get("caseload.rule.reasonButAppeared"));
            }
            if (!Boolean.TRUE.equals(appeared) && Boolean.TRUE.equals(spoke)) {
                cells.problem(SPOKE, Messages.get("caseload.rule.spokeButAbsent"));
            }
            if (hearingDate != null) {
                if (filed != null && hearingDate.isBefore(filed)) {
                    cells.problem(HEARING_DATE, Messages.get("caseload.rule.hearingBeforeFiling", hearingDate, filed));
                }
                if (closed != null && hearingDate.isAfter(closed)) {
                    cells.problem(CLOSED, Messages.get("caseload.rule.hearingAfterClosing", hearingDate, closed));
                }
                if (served != null && served.isAfter(hearingDate)) {
                    cells.problem(NOTICE_SERVED, Messages.get("caseload.rule.noticeAfterHearing", served));
                }
            }
            if (filed != null && closed != null && closed.isBefore(filed)) {
                cells.problem(CLOSED, Messages.get("caseload.rule.closingBeforeFiling", closed, filed));
            }
            if (result != null && closed == null && row.get(CLOSED).isEmpty()) {
                cells.problem(CLOSED, Messages.get("caseload.rule.resultNeedsClosing"));
            }
            if (number != null) {
                Map<String, String[]> values = caseValues.computeIfAbsent(number.toString(), k -> new HashMap<>());
                for (String col : CASE_COLUMNS) {
                    String v = col.equals(COURT) ? court : row.get(col);
                    if (v.isEmpty()) {
                        continue;
                    }
                    String[] first = values.get(col);
                    if (first == null) {
                        values.put(col, new String[] {v, String.valueOf(row.number())});
                    } else if (!first[0].equals(v)) {
                        cells.problem(col, Messages.get("caseload.import.caseConflict", v, first[1], first[0]));
                    }
                }
                if (hearingDate != null && !defendant.isEmpty()) {
                    Integer first = rowOfKey.computeIfAbsent(number.toString(), k -> new HashMap<>())
                            .putIfAbsent(hearingDate + "|" + defendant, row.number());
                    if (first != null) {
                        cells.problem(DEFENDANT, Messages.get("caseload.import.duplicateRow", first));
                    }
                }
            }
            if (problems.size() != before) {
                return null;
            }
            return new Parsed(row, number, court, defendant, hearingDate, hearingTime, filed, closed, served, actType, result,
                    appeared, rank, Boolean.TRUE.equals(spoke), reason, Boolean.TRUE.equals(explanation));
        }
    }

    /** The writing of checked cases: new ones through the bulk writer, those the register has through the repository. */
    private static final class Write {
        final DSLContext tx;
        final List<String> headers;
        final Names agencies;
        final Map<String, Optional<CaseRepository.Court>> courts;
        final LongConsumer progress;
        final BulkCaseWriter bulk;
        /** The numbers of the cases the register had when the import began. */
        final Set<String> existingNumbers;
        /** Those cases, read at the first of them the file names (the writer's rows sent first). */
        private Map<String, AdminCase> existing;
        final Map<String, Integer> created = new LinkedHashMap<>();
        private final Set<String> createdNames = new HashSet<>();
        int inserted;
        int updated;
        int unchanged;
        long done;

        Write(DSLContext tx, List<String> headers, Names agencies, Map<String, Optional<CaseRepository.Court>> courts, LongConsumer progress,
              String file, java.util.function.Supplier<String> sha256) {
            this.tx = tx;
            this.headers = headers;
            this.agencies = agencies;
            this.courts = courts;
            this.progress = progress;
            this.existingNumbers = new HashSet<>(tx.select(ADMIN_CASE.CASE_NUMBER).from(ADMIN_CASE).fetch(ADMIN_CASE.CASE_NUMBER));
            this.bulk = new BulkCaseWriter(tx, BulkCaseWriter.BATCH, file, sha256);
        }

        /** Creates the courts and agencies the rows so far name and the register lacks (allowed: else a row had a problem). */
        void createMissing(Map<String, Set<String>> missing) {
            int count = missing.getOrDefault(COURT, Set.of()).size() + missing.getOrDefault(DEFENDANT, Set.of()).size();
            if (count == createdNames.size()) {
                return;
            }
            bulk.flush(); // the queued rows go first: creating takes the connection
            for (String c : missing.getOrDefault(COURT, Set.of())) {
                if (createdNames.add(COURT + "|" + c)) {
                    courts.put(c, Optional.of(CaseRepository.createCourt(tx, c)));
                    created.merge(COURT, 1, Integer::sum);
                }
            }
            for (String a : missing.getOrDefault(DEFENDANT, Set.of())) {
                if (createdNames.add(DEFENDANT + "|" + a)) {
                    bulk.agencyAdded(agencies.create(a));
                    created.merge(DEFENDANT, 1, Integer::sum);
                }
            }
        }

        /** Writes one case from its rows (all the file has of it), merged with what the register has of it. */
        void write(List<Parsed> rows) {
            String key = rows.get(0).number().toString();
            AdminCase old = null;
            if (existingNumbers.contains(key)) {
                if (existing == null) {
                    bulk.flush();
                    existing = CaseRepository.findAll(tx, existingNumbers);
                }
                old = existing.get(key);
            }
            AdminCase merged = merge(old, rows, headers, agencies, courts);
            boolean caseChanged = old == null || !sameCase(old, merged);
            boolean rowsChanged = false;
            for (Parsed p : rows) {
                Appearance before = old == null ? null : findAppearance(old, p.hearingDate(), agencies.find(p.defendant()).orElseThrow().id());
                Appearance after = findAppearance(merged, p.hearingDate(), agencies.find(p.defendant()).orElseThrow().id());
                if (before == null) {
                    inserted++;
                } else if (caseChanged || !Objects.equals(before, after)) {
                    updated++;
                    rowsChanged = true;
                } else {
                    unchanged++;
                }
            }
            if (caseChanged || rowsChanged || old != null && !sameAppearances(old, merged)) {
                try {
                    if (old == null) {
                        // a new case: checked here, written by the fast path (with its history entry)
                        List<Problem> ps = CaseRules.check(merged);
                        if (!ps.isEmpty()) {
                            throw new ValidationException(ps);
                        }
                        bulk.insert(merged);
                    } else {
                        bulk.flush(); // the repository takes ids of its own: the queued rows go first
                        CaseRepository.save(tx, merged);
                    }
                } catch (ValidationException ve) {
                    int rowNo = rows.get(0).row().number();
                    throw new ImportRejected(ve.problems().stream()
                            .map(pr -> new Problem(NUMBER, rowNo, Messages.get("import.rowProblem", rowNo, NUMBER, pr.message()))).toList(), Map.of());
                }
            }
            done += rows.size();
            if (progress != null) {
                progress.accept(done);
            }
        }
    }
    /** The file's SHA-256 in hex, kept in the history of the cases it brings; null when it cannot be read again. */
    static String sha256(Path file) {
        if (file == null) {
            return null;
        }
        try (java.io.InputStream in = java.nio.file.Files.newInputStream(file)) {
            java.security.MessageDigest md = java.security.MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
            return java.util.HexFormat.of().formatHex(md.digest());
        } catch (java.io.IOException | java.security.NoSuchAlgorithmException e) {
            return null;
        }
    }

    /** The 败诉原因 of the file onto the cases' reviews; refused (naming row and column) on a case the agency did not lose. */
    private static void saveGrounds(DSLContext tx, Map<String, Object[]> grounds) {
        List<Problem> problems = new ArrayList<>();
        for (Map.Entry<String, Object[]> e : grounds.entrySet()) {
            LossGround g = (LossGround) e.getValue()[0];
            int rowNo = (Integer) e.getValue()[1];
            AdminCase c = CaseRepository.findByNumber(tx, e.getKey()).orElseThrow();
            if (!LossRules.lost(c.result(), true)) {
                problems.add(new Problem(LOSS_GROUND, rowNo, Messages.get("import.rowProblem", rowNo, LOSS_GROUND,
                        Messages.get("caseload.review.groundNeedsLoss", g.label(), c.result() == null ? "—" : c.result().label()))));
                continue;
            }
            CaseReview old = CaseReviewRepository.find(tx, c.id());
            CaseReviewRepository.save(tx, new CaseReview(c.id(), g, old.typical(), old.typicalOrder(), old.basicFacts(), old.judgment(),
                    old.significance()));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems, Map.of());
        }
    }

    private static Appearance findAppearance(AdminCase c, LocalDate date, int agencyId) {
        for (Hearing h : c.hearings()) {
            if (h.date().equals(date)) {
                for (Appearance a : h.appearances()) {
                    if (a.agencyId() == agencyId) {
                        return a;
                    }
                }
            }
        }
        return null;
    }

    /** Same appearance rows at the same hearings (the names the case carries for display are not compared). */
    static boolean sameAppearances(AdminCase a, AdminCase b) {
        return a.hearings().stream().map(Hearing::appearances).toList().equals(b.hearings().stream().map(Hearing::appearances).toList())
                && a.hearings().stream().map(Hearing::place).toList().equals(b.hearings().stream().map(Hearing::place).toList());
    }

    static boolean sameCase(AdminCase a, AdminCase b) {
        return Objects.equals(a.number(), b.number()) && Objects.equals(a.courtId(), b.courtId())
                && Objects.equals(a.plaintiffs(), b.plaintiffs()) && Objects.equals(a.cause(), b.cause())
                && a.actType() == b.actType() && Objects.equals(a.filingDate(), b.filingDate())
                && Objects.equals(a.closingDate(), b.closingDate()) && a.result() == b.result()
                && a.defendants().stream().map(Defendant::agencyId).toList().equals(b.defendants().stream().map(Defendant::agencyId).toList())
                && a.hearings().stream().map(h -> h.date() + "/" + h.time()).toList().equals(b.hearings().stream().map(h -> h.date() + "/" + h.time()).toList());
    }

    private static AdminCase merge(AdminCase old, List<Parsed> rows, List<String> headers, Names agencies,
                                   Map<String, Optional<CaseRepository.Court>> courts) {
        Parsed first = rows.get(0);
        Integer courtId = old == null ? null : old.courtId();
        if (headers.contains(COURT)) {
            String c = firstNonEmpty(rows, p -> p.court());
            courtId = c == null ? null : courts.get(c).orElseThrow().id();
        }
        String plaintiffs = headers.contains(PLAINTIFFS) ? firstNonEmpty(rows, p -> p.row().get(PLAINTIFFS)) : old == null ? null : old.plaintiffs();
        String cause = headers.contains(CAUSE) ? firstNonEmpty(rows, p -> p.row().get(CAUSE)) : old == null ? null : old.cause();
        ActType act = headers.contains(ACT_TYPE) ? rows.stream().map(Parsed::actType).filter(Objects::nonNull).findFirst().orElse(null)
                : old == null ? null : old.actType();
        LocalDate filed = headers.contains(FILED) ? rows.stream().map(Parsed::filed).filter(Objects::nonNull).findFirst().orElse(null)
                : old == null ? null : old.filingDate();
        LocalDate closed = headers.contains(CLOSED) ? rows.stream().map(Parsed::closed).filter(Objects::nonNull).findFirst().orElse(null)
                : old == null ? null : old.closingDate();
        CaseResult result = headers.contains(RESULT) ? rows.stream().map(Parsed::result).filter(Objects::nonNull).findFirst().orElse(null)
                : old == null ? null : old.result();

        List<Defendant> defendants = new ArrayList<>(old == null ? List.of() : old.defendants());
        for (Parsed p : rows) {
            Agency a = agencies.find(p.defendant()).orElseThrow();
            if (defendants.stream().noneMatch(d -> d.agencyId() == a.id())) {
                defendants.add(new Defendant(a.id(), a.name(), a.regionName(), a.fieldName()));
            }
        }
        List<Hearing> hearings = new ArrayList<>(old == null ? List.of() : old.hearings());
        for (Parsed p : rows) {
            int idx = -1;
            for (int i = 0; i < hearings.size(); i++) {
                if (hearings.get(i).date().equals(p.hearingDate())) {
                    idx = i;
                }
            }
            if (idx < 0) {
                hearings.add(new Hearing(null, p.hearingDate(), p.hearingTime(), null, List.of()));
                idx = hearings.size() - 1;
            }
            Hearing h = hearings.get(idx);
            if (p.hearingTime() != null && !p.hearingTime().equals(h.time())) {
                h = new Hearing(h.id(), h.date(), p.hearingTime(), h.place(), h.appearances());
            }
            Agency agency = agencies.find(p.defendant()).orElseThrow();
            List<Appearance> list = new ArrayList<>(h.appearances());
            int ai = -1;
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).agencyId() == agency.id()) {
                    ai = i;
                }
            }
            Appearance a = ai < 0 ? Appearance.blank(agency.id(), agency.name(), false) : list.get(ai);
            Appearance n = new Appearance(a.id(), agency.id(), agency.name(),
                    a.noticeRequired() || (headers.contains(NOTICE_SERVED) ? p.noticeServed() != null : a.noticeServed() != null),
                    headers.contains(NOTICE_SERVED) ? p.noticeServed() : a.noticeServed(),
                    headers.contains(APPEARED) ? p.appeared() : a.headAppeared(),
                    text(headers, p, HEAD_NAME, a.headName()),
                    text(headers, p, HEAD_TITLE, a.headTitle()),
                    headers.contains(RANK) ? p.rank() : a.rank(),
                    headers.contains(SPOKE) ? p.spoke() : a.spoke(),
                    text(headers, p, STAFF, a.staff()),
                    headers.contains(REASON) ? p.reason() : a.reason(),
                    headers.contains(EXPLANATION) ? p.explanation() : a.explanationReceived(),
                    a.evaluation());
            if (ai < 0) {
                list.add(n);
            } else {
                list.set(ai, n);
            }
            hearings.set(idx, h.withAppearances(list));
        }
        hearings.sort(java.util.Comparator.comparing(Hearing::date));
        return new AdminCase(old == null ? null : old.id(), first.number(), courtId, null, plaintiffs, cause, act,
                old == null ? null : old.fieldId(), null, filed, closed, result,
                old != null && old.majorPublicInterest(), old != null && old.noticeRequired(), defendants, hearings);
    }

    private static String text(List<String> headers, Parsed p, String column, String existing) {
        if (!headers.contains(column)) {
            return existing;
        }
        String v = p.row().get(column);
        return v.isEmpty() ? null : v;
    }

    private static String firstNonEmpty(List<Parsed> rows, java.util.function.Function<Parsed, String> f) {
        return rows.stream().map(f).filter(s -> s != null && !s.isEmpty()).findFirst().orElse(null);
    }

    /** A time of day {@code H:mm} or {@code HH:mm}, or null when it is not one. */
    static LocalTime time(String s) {
        String[] p = s.split(":");
        int h = Integer.parseInt(p[0]);
        int m = Integer.parseInt(p[1]);
        return h < 24 && m < 60 ? LocalTime.of(h, m) : null;
    }

    /**
     * What a date cell's text gives: the date (null when the text is no date), the time of day after it (null when none)
     * and whether a time was there but is no time of day.
     */
    record When(LocalDate date, LocalTime time, boolean badTime) {
        static When of(String text) {
            Matcher m = DATE_TIME.matcher(text);
            if (!m.matches()) {
                return new When(null, null, false);
            }
            LocalDate d = DateInput.parse(m.group(1)).orElse(null);
            LocalTime t = m.group(2) != null ? HearingImport.time(m.group(2)) : null;
            return new When(d, t, m.group(2) != null && t == null);
        }
    }

    /** Reads one row's cells, adding a problem naming row and column for each bad one. */
    private static final class Cells {
        final TabularFile.Row row;
        final List<Problem> problems;
        final LocalDate today;

        final Map<String, When> whens;

        Cells(TabularFile.Row row, List<Problem> problems, LocalDate today, Map<String, When> whens) {
            this.row = row;
            this.problems = problems;
            this.today = today;
            this.whens = whens;
        }

        /** The date (and time of day) a cell's text gives, read once per distinct text of the import. */
        When when(String text) {
            When w = whens.get(text);
            if (w == null) {
                w = When.of(text);
                whens.put(text, w);
            }
            return w;
        }

        Problem problem(String column, String reason) {
            Problem p = new Problem(column, row.number(), Messages.get("import.rowProblem", row.number(), column, reason));
            problems.add(p);
            return p;
        }

        LocalDate date(String column) {
            String v = row.get(column);
            if (v.isEmpty()) {
                return null;
            }
            LocalDate d = when(v).date();
            if (d == null) {
                problem(column, DateInput.cellRefusal(v));
                return null;
            }
            return plausible(column, d) ? d : null;
        }

        /** Whether the date is plausible ({@link CellLimits#implausible}); else a problem. */
        boolean plausible(String column, LocalDate d) {
            String why = CellLimits.implausible(d, today);
            if (why != null) {
                problem(column, why);
                return false;
            }
            return true;
        }

        Boolean yesNo(String column) {
            String v = row.get(column);
            if (v.isEmpty()) {
                return null;
            }
            if (v.equals("是")) {
                return true;
            }
            if (v.equals("否")) {
                return false;
            }
            problem(column, Messages.get("caseload.import.badYesNo", v));
            return null;
        }

        <E extends Enum<E>> E choice(String column, java.util.function.Function<String, Optional<E>> parse, E[] values) {
            String v = row.get(column);
            if (v.isEmpty()) {
                return null;
            }
            Optional<E> e = parse.apply(v);
            if (e.isEmpty()) {
                List<String> labels = new ArrayList<>();
                for (E x : values) {
                    labels.add(label(x));
                }
                problem(column, Messages.get("caseload.import.badChoice", v, String.join("、", labels)));
                return null;
            }
            return e.get();
        }

        private static String label(Enum<?> e) {
            if (e instanceof ActType a) {
                return a.zh();
            }
            if (e instanceof CaseResult r) {
                return r.zh();
            }
            if (e instanceof HeadRank r) {
                return r.zh();
            }
            return ((AbsenceReason) e).zh();
        }
    }

    /** Agencies by full or short name, looked up once per import; suggests a close name for an unknown one. */
    static final class Names {
        private final DSLContext tx;
        private final Map<String, Optional<Agency>> cache = new HashMap<>();
        private final Map<String, Agency> shortNames = new HashMap<>();
        private final Map<String, Optional<String>> closest = new HashMap<>();
        private Map<String, Agency> byName;
        private List<String> all;

        Names(DSLContext tx) {
            this.tx = tx;
        }

        Optional<Agency> find(String name) {
            if (byName == null) {
                load();
            }
            return cache.computeIfAbsent(name, n -> Optional.ofNullable(byName.getOrDefault(n, shortNames.get(n))));
        }

        /**
         * Reads the directory now (its names for {@link #closest} too), so that no query is needed while the import's
         * rows are being sent on the same connection.
         */
        void load() {
            if (all == null) {
                all = tx.select(AGENCY.NAME).from(AGENCY).fetch(AGENCY.NAME);
            }
            if (byName == null) {
                // the whole directory in one query: an import of 100,000 rows names each agency many times
                byName = new HashMap<>();
                Map<String, List<Agency>> byShort = new HashMap<>();
                for (Agency a : tx.select(AGENCY.ID, AGENCY.NAME, AGENCY.SHORT_NAME, cn.fuyuan.desk.store.jooq.Tables.REGION.NAME,
                                cn.fuyuan.desk.store.jooq.Tables.WORK_FIELD.NAME).from(AGENCY)
                        .leftJoin(cn.fuyuan.desk.store.jooq.Tables.REGION).on(cn.fuyuan.desk.store.jooq.Tables.REGION.ID.eq(AGENCY.REGION_ID))
                        .leftJoin(cn.fuyuan.desk.store.jooq.Tables.WORK_FIELD).on(cn.fuyuan.desk.store.jooq.Tables.WORK_FIELD.ID.eq(AGENCY.FIELD_ID))
                        .fetch(r -> new Agency(r.value1(), r.value2(), r.value3(), null, r.value4(), null, r.value5(), AgencyLevel.COUNTY,
                                null, null, null, true))) {
                    byName.put(a.name(), a);
                    if (a.shortName() != null) {
                        byShort.computeIfAbsent(a.shortName(), k -> new ArrayList<>()).add(a);
                    }
                }
                byShort.forEach((k, v) -> {
                    if (v.size() == 1) {
                        shortNames.put(k, v.get(0));
                    }
                });
            }
        }

        /** Once per name: a file may name the same unknown agency on thousands of rows. */
        String closest(String name) {
            if (all == null) {
                all = tx.select(AGENCY.NAME).from(AGENCY).fetch(AGENCY.NAME);
            }
            return closest.computeIfAbsent(name, n -> Optional.ofNullable(closestName(n, all))).orElse(null);
        }

        Agency create(String name) {
            Agency a = AgencyRepository.save(tx, new Agency(null, name, null, null, null, null, null, AgencyLevel.COUNTY,
                    null, null, null, true));
            cache.put(name, Optional.of(a));
            return a;
        }
    }

    /**
     * The name at the smallest edit distance (at most a third of the length, at least 1); failing that, the one name of
     * which {@code name} is a short form — its characters in the same order, as 临河区法院 is of 临河区人民法院 or 五原县住建局
     * of 五原县住房和城乡建设局 (at least three characters and more than half the name; the closest in length, and only
     * when no other is as close); or null.
     */
    public static String closestName(String name, List<String> candidates) {
        String best = null;
        int bestD = Math.max(1, name.length() / 3) + 1;
        for (String c : candidates) {
            int d = distance(name, c);
            if (d < bestD) {
                bestD = d;
                best = c;
            }
        }
        if (best != null || name.length() < 3) {
            return best;
        }
        int bestExtra = Integer.MAX_VALUE;
        boolean tie = false;
        for (String c : candidates) {
            int extra = c.length() - name.length();
            if (extra > 0 && extra < name.length() && extra <= bestExtra && shortFormOf(name, c)) {
                tie = extra == bestExtra;
                bestExtra = extra;
                best = c;
            }
        }
        return tie ? null : best;
    }

    /** Whether every character of {@code s} occurs in {@code full} in the same order, the first ones matching. */
    static boolean shortFormOf(String s, String full) {
        if (s.charAt(0) != full.charAt(0)) {
            return false;
        }
        int j = 0;
        for (int i = 0; i < full.length() && j < s.length(); i++) {
            if (full.charAt(i) == s.charAt(j)) {
                j++;
            }
        }
        return j == s.length();
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
