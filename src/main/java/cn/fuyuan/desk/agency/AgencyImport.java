package cn.fuyuan.desk.agency;

import static cn.fuyuan.desk.store.Values.blankToNull;

import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.settings.ReferenceList;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.importing.CellLimits;
import cn.fuyuan.desk.importing.ImportFileException;
import cn.fuyuan.desk.importing.ImportRejected;
import cn.fuyuan.desk.importing.ImportSummary;
import cn.fuyuan.desk.importing.ImportTransaction;
import cn.fuyuan.desk.importing.TabularFile;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Imports the agency directory from XLSX or CSV. All or nothing: every bad row is reported with its row
 * number, column and reason, and nothing is written. An agency whose name already exists is updated.
 */
public final class AgencyImport {
    public static final String NAME = "名称";
    public static final String SHORT_NAME = "简称";
    public static final String REGION = "所属地区";
    public static final String FIELD = "领域";
    public static final String LEVEL = "层级";
    public static final String HEAD = "主要负责人";
    public static final String TITLE = "职务";
    public static final String PHONE = "联系电话";
    public static final List<String> HEADERS = List.of(NAME, SHORT_NAME, REGION, FIELD, LEVEL, HEAD, TITLE, PHONE);
    public static final List<String> REQUIRED_HEADERS = List.of(NAME, LEVEL);

    private AgencyImport() {
    }

    public static ImportSummary run(Database db, Path file, boolean createMissing, boolean dryRun)
            throws ImportFileException {
        TabularFile.Content content = TabularFile.read(file);
        ImportTransaction.requireHeaders(content, REQUIRED_HEADERS, HEADERS);
        return ImportTransaction.run(db, dryRun, tx -> apply(tx, content, createMissing, dryRun,
                        new ReferenceList(db, ReferenceList.Kind.REGION), new ReferenceList(db, ReferenceList.Kind.FIELD)));
    }

    private static ImportSummary apply(DSLContext tx, TabularFile.Content content, boolean createMissing, boolean dryRun,
                                       ReferenceList regionList, ReferenceList fieldList) {
        List<Problem> problems = new ArrayList<>();
        Map<String, Set<String>> missing = new LinkedHashMap<>();
        int missingProblems = 0;
        Map<String, Integer> firstRowOfName = new HashMap<>();
        ReferenceResolver regions = new ReferenceResolver(tx, regionList);
        ReferenceResolver fields = new ReferenceResolver(tx, fieldList);
        List<TabularFile.Row> good = new ArrayList<>();

        for (TabularFile.Row row : content.rows()) {
            int before = problems.size();
            CellLimits.names(row, problems, NAME, SHORT_NAME, REGION, FIELD, HEAD, TITLE, PHONE);
            String name = row.get(NAME);
            if (name.isEmpty()) {
                problems.add(problem(row, NAME, Messages.get("import.required")));
            } else {
                Integer first = firstRowOfName.putIfAbsent(name, row.number());
                if (first != null) {
                    problems.add(problem(row, NAME, Messages.get("import.duplicateInFile", name, first)));
                }
            }
            String level = row.get(LEVEL);
            if (level.isEmpty()) {
                problems.add(problem(row, LEVEL, Messages.get("import.required")));
            } else if (AgencyLevel.parse(level).isEmpty()) {
                problems.add(problem(row, LEVEL, Messages.get("import.badLevel", level)));
            }
            for (ReferenceResolver ref : List.of(regions, fields)) {
                String header = ref.kind == ReferenceList.Kind.REGION ? REGION : FIELD;
                String value = row.get(header);
                if (!value.isEmpty() && ref.find(value).isEmpty()) {
                    missing.computeIfAbsent(header, k -> new LinkedHashSet<>()).add(value);
                    if (!createMissing) {
                        problems.add(problem(row, header, Messages.get("import.unknownReference", header, value)));
                        missingProblems++;
                    }
                }
            }
            String phone = row.get(PHONE);
            if (!phone.isEmpty()) {
                Agency probe = new Agency(null, "x", null, null, null, null, null, AgencyLevel.COUNTY, null, null, phone, true);
                AgencyRules.check(probe).forEach(p -> problems.add(problem(row, PHONE, p.message())));
            }
            if (problems.size() == before) {
                good.add(row);
            }
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(problems, missing);
        }

        Map<String, Integer> created = new LinkedHashMap<>();
        for (ReferenceResolver ref : List.of(regions, fields)) {
            String header = ref.kind == ReferenceList.Kind.REGION ? REGION : FIELD;
            for (String n : missing.getOrDefault(header, Set.of())) {
                ref.create(n);
                created.merge(header, 1, Integer::sum);
            }
        }
        int inserted = 0;
        int updated = 0;
        int unchanged = 0;
        for (TabularFile.Row row : good) {
            String name = row.get(NAME);
            Optional<Agency> existing = AgencyRepository.findByName(tx, name);
            Agency old = existing.orElse(null);
            List<String> headers = content.headers();
            // a column the file does not have keeps what the directory holds; a column it has (even empty) wins
            RefItem region = headers.contains(REGION) ? (row.get(REGION).isEmpty() ? null : regions.find(row.get(REGION)).orElseThrow())
                    : old == null || old.regionId() == null ? null : new RefItem(old.regionId(), old.regionName(), 0, true);
            RefItem field = headers.contains(FIELD) ? (row.get(FIELD).isEmpty() ? null : fields.find(row.get(FIELD)).orElseThrow())
                    : old == null || old.fieldId() == null ? null : new RefItem(old.fieldId(), old.fieldName(), 0, true);
            Agency a = new Agency(old == null ? null : old.id(), name,
                    column(headers, row, SHORT_NAME, old == null ? null : old.shortName()),
                    region == null ? null : region.id(), region == null ? null : region.name(),
                    field == null ? null : field.id(), field == null ? null : field.name(),
                    AgencyLevel.parse(row.get(LEVEL)).orElseThrow(),
                    column(headers, row, HEAD, old == null ? null : old.headName()),
                    column(headers, row, TITLE, old == null ? null : old.headTitle()),
                    column(headers, row, PHONE, old == null ? null : old.phone()), true);
            if (existing.isPresent() && sameContent(existing.get(), a)) {
                unchanged++;
                continue;
            }
            AgencyRepository.save(tx, a);
            if (existing.isPresent()) {
                updated++;
            } else {
                inserted++;
            }
        }
        return new ImportSummary(content.rows().size(), inserted, updated, unchanged, created, dryRun);
    }

    private static String column(List<String> headers, TabularFile.Row row, String header, String existing) {
        return headers.contains(header) ? row.get(header) : existing;
    }

    static boolean sameContent(Agency a, Agency b) {
        return Objects.equals(a.name(), b.name())
                && Objects.equals(blankToNull(a.shortName()), blankToNull(b.shortName()))
                && Objects.equals(a.regionId(), b.regionId()) && Objects.equals(a.fieldId(), b.fieldId())
                && a.level() == b.level()
                && Objects.equals(blankToNull(a.headName()), blankToNull(b.headName()))
                && Objects.equals(blankToNull(a.headTitle()), blankToNull(b.headTitle()))
                && Objects.equals(blankToNull(a.phone()), blankToNull(b.phone()))
                && a.active() == b.active();
    }

    private static Problem problem(TabularFile.Row row, String column, String reason) {
        return new Problem(column, row.number(), Messages.get("import.rowProblem", row.number(), column, reason));
    }

    /** Looks names up in a reference list once per import, and creates the missing ones when asked. */
    private static final class ReferenceResolver {
        final ReferenceList.Kind kind;
        final ReferenceList list;
        final DSLContext tx;
        final Map<String, Optional<RefItem>> cache = new HashMap<>();

        ReferenceResolver(DSLContext tx, ReferenceList list) {
            this.tx = tx;
            this.list = list;
            this.kind = list.kind();
        }

        Optional<RefItem> find(String name) {
            return cache.computeIfAbsent(name, n -> list.findByName(tx, n));
        }

        void create(String name) {
            RefItem item = list.save(tx, new RefItem(null, name, 0, true));
            cache.put(name, Optional.of(item));
        }
    }
}
