package cn.fuyuan.desk.ui;

import cn.fuyuan.desk.report.DocumentFormat;
import cn.fuyuan.desk.report.ProgressListener;
import cn.fuyuan.desk.report.document.Cell;
import cn.fuyuan.desk.report.document.CellType;
import cn.fuyuan.desk.report.document.Column;
import cn.fuyuan.desk.report.document.DocumentRenderer;
import cn.fuyuan.desk.report.document.OfficialDocument;
import cn.fuyuan.desk.report.document.Table;
import java.io.File;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import javafx.concurrent.Task;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.FileChooser;

/**
 * The one export of a list the window shows: 文件→导出 writes it as XLSX, 文件→打印 previews and prints it — the
 * columns the user sees (visible, in the order shown, headed as shown), the rows the table holds now (filtered and
 * sorted as shown), numbers and dates as typed cells. A view offers its list by returning a {@link Shown} from
 * {@link SectionView#shownList()}; a dialog's table by {@link #offer}.
 *
 * <p>A column's type is its cells' own: a {@link Number} or {@link LocalDate} value is kept; a text column whose every
 * non-empty cell reads as an ISO date (2025-07-01) is a date column, one whose every cell is a plain count (no
 * leading zero, at most nine digits) an integer column; anything else is text. A column may say its type outright
 * with {@link #type(TableColumn, CellType)}.
 */
public final class ListExport {
    private static final Pattern COUNT = Pattern.compile("0|-?[1-9]\\d{0,8}");
    private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9]\\d{0,8})\\.\\d{1,4}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private ListExport() {
    }

    /**
     * A list as shown: its title (the document's title and the sheet's name), the file name's stem, the table, and the
     * filter applied in words ("年份：2025；法院：…", empty when none) printed under the title.
     */
    public record Shown(String title, String fileStem, TableView<?> table, Supplier<String> filter) {
        public Shown {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(fileStem, "fileStem");
            Objects.requireNonNull(table, "table");
            filter = filter == null ? () -> "" : filter;
        }

        public Shown(String title, String fileStem, TableView<?> table) {
            this(title, fileStem, table, null);
        }
    }

    /** Says what a column holds, when its cells' text would not tell (e.g. a count column that may show "—"). */
    public static <C extends TableColumn<?, ?>> C type(C column, CellType type) {
        column.getProperties().put(CellType.class, type);
        return column;
    }

    /** The table as shown now, as a document table: visible leaf columns, the rows in the order shown, typed cells. */
    public static Table snapshot(String name, TableView<?> table) {
        List<? extends TableColumn<?, ?>> cols = List.copyOf(table.getVisibleLeafColumns());
        List<List<Object>> raw = new ArrayList<>();
        for (Object item : table.getItems()) {
            List<Object> row = new ArrayList<>(cols.size());
            for (TableColumn<?, ?> c : cols) {
                row.add(valueOf(c, item));
            }
            raw.add(row);
        }
        List<Column> columns = new ArrayList<>();
        List<CellType> types = new ArrayList<>();
        for (int i = 0; i < cols.size(); i++) {
            TableColumn<?, ?> c = cols.get(i);
            CellType type = c.getProperties().get(CellType.class) instanceof CellType t ? t : infer(raw, i);
            types.add(type);
            String header = c.getText() == null ? "" : c.getText();
            double weight = weight(header, raw, i);
            columns.add(type == CellType.TEXT ? Column.text(header, weight) : Column.of(header, weight, type));
        }
        List<List<Cell>> rows = new ArrayList<>(raw.size());
        for (List<Object> r : raw) {
            List<Cell> cells = new ArrayList<>(r.size());
            for (int i = 0; i < r.size(); i++) {
                cells.add(cell(r.get(i), types.get(i)));
            }
            rows.add(cells);
        }
        return Table.of(name, columns, rows);
    }

    /**
     * A column's share of the page: what its text needs, not its width on screen (a date column is narrow on screen
     * but must not wrap on paper) — the widest cell in character widths (a Chinese character 1, a Latin one about half),
     * at most 12 (longer text wraps), and at least half the header (a header may take two lines).
     */
    static double weight(String header, List<List<Object>> rows, int col) {
        double widest = 0;
        for (List<Object> r : rows) {
            Object o = r.get(col);
            if (o != null) {
                widest = Math.max(widest, widthOf(o instanceof LocalDate ? o.toString() : String.valueOf(o)));
                if (widest >= 12) {
                    break;
                }
            }
        }
        return Math.max(1.5, Math.max(Math.min(widest, 12), widthOf(header) / 2));
    }

    private static double widthOf(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); i++) {
            w += s.charAt(i) < 0x2E80 ? 0.55 : 1;
        }
        return w;
    }

    /**
     * The list as a document: its title, the filter and the count in one line, the table — printed across the page
     * turned when its columns need more than an upright page's width ({@link #wide}).
     */
    public static OfficialDocument document(Shown list) {
        Table t = snapshot(list.title(), list.table());
        String filter = list.filter().get();
        String line = Ui.t("export.list.rows", t.rows().size(), LocalDate.now())
                + (filter == null || filter.isBlank() ? "" : Ui.t("export.list.filter", filter));
        return OfficialDocument.builder(list.title()).paragraph(line).table(t).pageNumbers(true).landscape(wide(t)).build();
    }

    /**
     * Whether a list's columns need more than the upright text block (156 mm): each column as wide as its weight in
     * characters of the table face ({@link #weight}) and its cell padding. The case register's eleven columns do;
     * a list of four or five does not.
     */
    static boolean wide(Table t) {
        double need = 0;
        for (Column c : t.columns()) {
            need += c.weight() * cn.fuyuan.desk.report.document.Gbt9704.TABLE_PT + 8;
        }
        return need > cn.fuyuan.desk.report.document.Gbt9704.textWidthPt();
    }

    /** 文件→导出: asks for the file, then writes the XLSX in the background. */
    public static void saveXlsx(AppContext ctx, Shown list) {
        FileChooser fc = new FileChooser();
        fc.setTitle(Ui.t("report.saveAs", DocumentFormat.XLSX.name()));
        fc.setInitialFileName(list.fileStem() + "-" + LocalDate.now() + "." + DocumentFormat.XLSX.extension());
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(DocumentFormat.XLSX.name(), "*.xlsx"));
        File f = fc.showSaveDialog(ctx.stage());
        if (f != null) {
            write(ctx, list, f.toPath());
        }
    }

    /** Writes the list as XLSX to {@code out} in the background (the snapshot is taken now, on the JavaFX thread). */
    public static void write(AppContext ctx, Shown list, Path out) {
        OfficialDocument doc = document(list);
        ctx.jobs().run(Ui.t("report.exporting", out.getFileName()), new Task<Path>() {
            @Override
            protected Path call() {
                updateProgress(-1, 1);
                DocumentRenderer.write(doc, DocumentFormat.XLSX, out, ProgressListener.NONE);
                return out;
            }
        }, p -> Dialogs.info(ctx.stage(), Ui.t("export.list.written", p, doc.tables().get(0).rows().size())),
                t -> Dialogs.error(ctx.stage(), t));
    }

    /** 文件→打印: the list laid out as a printed table, in the preview (print, or save as PDF / DOCX / XLSX there). */
    public static void print(AppContext ctx, Shown list) {
        OfficialDocument doc = document(list);
        boolean archival = ctx.archivalAlways();
        DocumentActions.preview(ctx, list.title(), list.fileStem(), () -> DocumentRenderer.print(doc.archival(archival)));
    }

    /** A table outside the main window's sections (a dialog's): 导出 XLSX… and 打印… on its context menu. */
    public static void offer(AppContext ctx, Shown list) {
        MenuItem export = new MenuItem(Ui.t("menu.export"));
        export.setOnAction(e -> saveXlsx(ctx, list));
        MenuItem print = new MenuItem(Ui.t("menu.print"));
        print.setOnAction(e -> print(ctx, list));
        list.table().setContextMenu(new ContextMenu(export, print));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object valueOf(TableColumn c, Object item) {
        javafx.beans.value.ObservableValue v = c.getCellObservableValue(item);
        Object o = v == null ? null : v.getValue();
        if (o instanceof javafx.beans.value.ObservableValue<?> inner) {
            o = inner.getValue();
        }
        if (o instanceof Boolean b) {
            return Ui.t(b ? "export.list.yes" : "export.list.no");
        }
        if (o instanceof cn.fuyuan.desk.i18n.ChineseCode code) {
            return code.label();
        }
        if (o instanceof Enum<?> e) {
            return words(e);
        }
        return o;
    }

    /** A coded value in words, as its column shows it (label() of our enums), else its name. */
    private static String words(Enum<?> e) {
        try {
            java.lang.reflect.Method m = e.getClass().getMethod("label");
            if (m.getReturnType() == String.class) {
                return (String) m.invoke(e);
            }
        } catch (ReflectiveOperationException | RuntimeException ignored) {
            // no words of its own: its name
        }
        return e.name();
    }

    private static CellType infer(List<List<Object>> rows, int col) {
        boolean any = false;
        boolean dates = true;
        boolean counts = true;
        boolean decimals = true;
        for (List<Object> r : rows) {
            Object o = r.get(col);
            if (o == null || o instanceof String s && s.isBlank()) {
                continue;
            }
            any = true;
            if (o instanceof LocalDate) {
                counts = false;
                decimals = false;
                continue;
            }
            if (o instanceof Integer || o instanceof Long || o instanceof Short) {
                dates = false;
                continue;
            }
            if (o instanceof Number) {
                dates = false;
                counts = false;
                continue;
            }
            String s = o.toString().strip();
            dates &= isDate(s);
            counts &= COUNT.matcher(s).matches();
            decimals &= COUNT.matcher(s).matches() || DECIMAL.matcher(s).matches();
            if (!dates && !counts && !decimals) {
                return CellType.TEXT;
            }
        }
        if (!any) {
            return CellType.TEXT;
        }
        return dates ? CellType.DATE : counts ? CellType.INTEGER : decimals ? CellType.DECIMAL : CellType.TEXT;
    }

    private static boolean isDate(String s) {
        if (!ISO_DATE.matcher(s).matches()) {
            return false;
        }
        try {
            LocalDate.parse(s);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static Cell cell(Object o, CellType type) {
        if (o == null) {
            return Cell.text("");
        }
        if (o instanceof LocalDate d) {
            return Cell.date(d);
        }
        String s = o instanceof Number ? o.toString() : o.toString().strip();
        if (s.isEmpty()) {
            return Cell.text("");
        }
        try {
            return switch (type) {
                case DATE -> isDate(s) ? Cell.date(LocalDate.parse(s)) : Cell.text(s);
                case INTEGER -> o instanceof Number n ? Cell.integer(n.longValue())
                        : COUNT.matcher(s).matches() ? Cell.integer(Long.parseLong(s)) : Cell.text(s);
                case DECIMAL, PERCENT, POINTS -> o instanceof Number n ? Cell.number(s, new BigDecimal(n.toString()))
                        : Cell.number(s, new BigDecimal(s.replace("%", "").replace("+", "")));
                case TEXT -> Cell.text(s);
            };
        } catch (NumberFormatException e) {
            return Cell.text(s);
        }
    }

    /** A list's filter in words, as the export's first line gives it: 检索“…”；年度：2026；逾期未回复. */
    public static final class FilterWords {
        private final List<String> parts = new ArrayList<>();

        /** The search text, when one is typed. */
        public FilterWords searched(String text) {
            if (text != null && !text.isBlank()) {
                parts.add(Ui.t("export.list.searched", text.strip()));
            }
            return this;
        }

        /** A chosen filter value with its label (nothing when none is chosen). */
        public FilterWords field(String label, Object value) {
            if (value != null && !value.toString().isBlank()) {
                parts.add(Ui.t("export.list.field", label, value));
            }
            return this;
        }

        /** A ticked filter, named by its label. */
        public FilterWords flag(boolean on, String label) {
            if (on) {
                parts.add(label);
            }
            return this;
        }

        @Override
        public String toString() {
            return String.join(Ui.t("export.list.separator"), parts);
        }
    }
}
