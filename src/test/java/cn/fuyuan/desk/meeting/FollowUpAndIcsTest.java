package cn.fuyuan.desk.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.cli.Cli;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.store.Database;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FollowUpAndIcsTest {
    @TempDir
    Path tmp;
    Database db;
    MeetingRepository repo;
    MeetingFixtures fx;
    Meeting first;
    Meeting next;

    @BeforeEach
    void open() {
        Messages.setLocale(Messages.CHINESE);
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        repo = new MeetingRepository(db);
        fx = new MeetingFixtures(db);
        AgreedItem shared = AgreedItem.draft("联合开展征收补偿政策宣讲, 含；分号", List.of(Unit.agency(fx.housing.id(), fx.housing.name()),
                Unit.agency(fx.police.id(), fx.police.name())), LocalDate.of(2025, 5, 31));
        first = repo.create(fx.meeting("一季度联席会议", LocalDateTime.of(2025, 3, 20, 9, 0),
                fx.item("建立诉前会商机制", fx.housing, LocalDate.of(2025, 6, 30)),
                fx.item("落实出庭提醒制度", fx.police, LocalDate.of(2025, 4, 30)),
                shared));
        repo.recordProgress(first.items().get(1).id(), null, LocalDate.of(2025, 4, 10), "已印发提醒制度", ItemStatus.DONE);
        repo.recordProgress(first.items().get(2).id(), null, LocalDate.of(2025, 5, 10), "已拟定宣讲方案", ItemStatus.IN_PROGRESS);
        next = repo.create(fx.meeting("二季度联席会议——关于“府院联动”的一次很长很长的会议名称，用来检验折行", LocalDateTime.of(2025, 7, 15, 14, 30)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void theBoardCountsByUnitAndShowsAUnitsItemsSoonestFirst() {
        FollowUpBoardViewModel board = new FollowUpBoardViewModel(repo);
        board.show(board.read(LocalDate.of(2025, 6, 10)), null);
        // the shared item is open under both its units and overdue since 5-31; the police's other item is done
        assertThat(board.units.get(0)).isEqualTo(new FollowUpTable.UnitCount("", 3, 2));
        assertThat(board.units.subList(1, board.units.size())).containsExactlyInAnyOrder(
                new FollowUpTable.UnitCount("临河区住房和城乡建设局", 2, 1), new FollowUpTable.UnitCount("临河区公安局", 1, 1));
        assertThat(board.rows).hasSize(3);
        board.choose(new FollowUpTable.UnitCount("临河区住房和城乡建设局", 2, 1));
        assertThat(board.rows).extracting(FollowUpTable.Row::text).containsExactly("联合开展征收补偿政策宣讲, 含；分号", "建立诉前会商机制");
        board.show(board.read(LocalDate.of(2025, 6, 10)), new FollowUpTable.UnitCount("临河区公安局", 0, 0));
        assertThat(board.rows).extracting(FollowUpTable.Row::unit).containsExactly("临河区公安局");
        board.choose(board.units.get(0));
        assertThat(board.rows).hasSize(3);
    }

    @Test
    void followUpRowsAreByUnitWithOverdueDays() {
        // as of 2025-07-01: 建立诉前会商机制 due 06-30 → overdue 1 day; 宣讲 due 05-31 → overdue 31 days, for both units
        List<FollowUpTable.Row> rows = FollowUpTable.rows(repo, LocalDate.of(2025, 7, 1), true, null);
        assertThat(rows).extracting(FollowUpTable.Row::unit, FollowUpTable.Row::text, FollowUpTable.Row::overdueDays).containsExactly(
                org.assertj.core.groups.Tuple.tuple("临河区住房和城乡建设局", "联合开展征收补偿政策宣讲, 含；分号", 31),
                org.assertj.core.groups.Tuple.tuple("临河区住房和城乡建设局", "建立诉前会商机制", 1),
                org.assertj.core.groups.Tuple.tuple("临河区公安局", "联合开展征收补偿政策宣讲, 含；分号", 31));
        assertThat(rows.get(0).latestProgress()).isEqualTo("2025-05-10 已拟定宣讲方案");
        assertThat(FollowUpTable.counts(rows)).containsExactly(new FollowUpTable.UnitCount("临河区住房和城乡建设局", 2, 2),
                new FollowUpTable.UnitCount("临河区公安局", 1, 1));
        // on 06-30 the first item is due today, not overdue
        assertThat(FollowUpTable.rows(repo, LocalDate.of(2025, 6, 30), true, "住房").stream().filter(FollowUpTable.Row::overdue)).hasSize(1);
        assertThat(FollowUpTable.rows(repo, LocalDate.of(2025, 7, 1), false, "公安")).hasSize(2);
    }

    @Test
    void commandLineWritesMinutesAndTheFollowUpTableAsPdfAndXlsx() throws Exception {
        db.close();
        Path data = tmp.resolve("data");
        assertThat(cli("--data", data.toString(), "report", "minutes", "--meeting", first.number(), "--out", tmp.resolve("m.pdf").toString())).isZero();
        try (PDDocument doc = Loader.loadPDF(tmp.resolve("m.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("府院联席会议纪要", "〔2025〕1号", "出席：");
        }
        assertThat(cli("--data", data.toString(), "report", "minutes", "--meeting", "〔2099〕9号", "--out", tmp.resolve("x.pdf").toString())).isEqualTo(1);

        assertThat(cli("--data", data.toString(), "report", "items", "--open", "--as-of", "2025-07-01", "--out", tmp.resolve("d.pdf").toString())).isZero();
        try (PDDocument doc = Loader.loadPDF(tmp.resolve("d.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("府院联席会议议定事项督办表", "— 1 —", "各承办单位小计").doesNotContain("落实出庭提醒制度");
            assertThat(text.replaceAll("\\s+", "")).contains("临河区住房和城乡建设局", "建立诉前会商机制","截至2025年7月1日，未办结事项按承办单位计共3项，其中逾期3项。");
        }
        assertThat(cli("--data", data.toString(), "report", "items", "--open", "--unit", "公安", "--as-of", "2025-07-01",
                "--out", tmp.resolve("d.xlsx").toString())).isZero();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(tmp.resolve("d.xlsx")))) {
            assertThat(wb.getNumberOfSheets()).isEqualTo(2);
            Sheet sheet = wb.getSheet("督办表");
            StringBuilder all = new StringBuilder();
            for (Row r : sheet) {
                r.forEach(c -> all.append(c.toString()).append('|'));
            }
            assertThat(all.toString()).contains("临河区公安局", "联合开展征收补偿政策宣讲").doesNotContain("建立诉前会商机制");
            // one row: its deadline a date cell, its days overdue a number
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
            assertThat(org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(sheet.getRow(1).getCell(4))).isTrue();
            assertThat(sheet.getRow(1).getCell(4).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 5, 31));
            assertThat(sheet.getRow(1).getCell(6).getNumericCellValue()).isEqualTo(31);
            Sheet units = wb.getSheet("各承办单位小计");
            assertThat(units.getRow(1).getCell(0).getStringCellValue()).isEqualTo("临河区公安局");
            assertThat(units.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(1);
        }
        db = Database.open(data, Database.Mode.READ);
    }

    @Test
    void icsParsesBackWithIcal4jAndFollowsRfc5545() throws Exception {
        String ics = IcsExport.calendar(repo.list(), repo.items(true), LocalDate.of(2025, 7, 1), LocalDateTime.of(2025, 7, 1, 8, 0));
        // CRLF everywhere, no line longer than 75 octets
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        for (String line : ics.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(ics).contains("\r\n ");  // the long title was folded

        Calendar cal = new CalendarBuilder().build(new StringReader(ics));
        List<VEvent> events = cal.getComponents("VEVENT");
        // the upcoming meeting (二季度, planned) and the two open items with deadlines
        assertThat(events).hasSize(3);
        assertThat(events).allSatisfy(e -> {
            assertThat(e.getUid()).isPresent();
            assertThat(e.getDateTimeStamp()).isPresent();
        });
        VEvent meeting = events.get(0);
        assertThat(meeting.getSummary().orElseThrow().getValue()).isEqualTo(next.title() + "（〔2025〕2号）");
        assertThat(meeting.getUid().orElseThrow().getValue()).isEqualTo("meeting-" + next.id() + "@fuyuan-desk");
        assertThat(meeting.getLocation().orElseThrow().getValue()).isEqualTo("市中级人民法院第一会议室");
        assertThat(events.stream().map(e -> e.getSummary().orElseThrow().getValue()))
                .contains("议定事项到期：联合开展征收补偿政策宣讲, 含；分号（临河区住房和城乡建设局、临河区公安局）");
        assertThat(ics).contains("DTSTART;VALUE=DATE:20250531", "DTSTART:20250715T143000");

        // the command writes the same kind of file
        db.close();
        Path out = tmp.resolve("cal/fy.ics");
        assertThat(cli("--data", tmp.resolve("data").toString(), "export", "ics", "--out", out.toString())).isZero();
        assertThat(new CalendarBuilder().build(Files.newInputStream(out)).getComponents("VEVENT")).isNotNull();
        db = Database.open(tmp.resolve("data"), Database.Mode.READ);
    }

    @Test
    void foldingNeverSplitsACharacter() {
        String line = "SUMMARY:" + "府".repeat(40);
        String folded = IcsExport.fold(line);
        for (String part : folded.split("\r\n")) {
            assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
            assertThat(new String(part.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).isEqualTo(part);
        }
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }

    private static int cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(args, (d, b) -> 0, new PrintWriter(out), new PrintWriter(err));
        if (code != 0) {
            System.err.println(err);
        }
        return code;
    }
}
