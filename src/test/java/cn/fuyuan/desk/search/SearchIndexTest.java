package cn.fuyuan.desk.search;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.TestDb;
import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.caseload.HearingImport;
import cn.fuyuan.desk.caseload.HearingImportTestSetup;
import cn.fuyuan.desk.demo.DemoData;
import cn.fuyuan.desk.importing.Sheets;
import cn.fuyuan.desk.meeting.MeetingRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.suggestion.CcUnit;
import cn.fuyuan.desk.suggestion.LetterDraft;
import cn.fuyuan.desk.suggestion.LetterItem;
import cn.fuyuan.desk.suggestion.SuggestionKind;
import cn.fuyuan.desk.suggestion.SuggestionRepository;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The global search on a real database: records written by the repositories, the hearing import and the demo. */
class SearchIndexTest {
    @TempDir
    Path tmp;
    Database db;
    SearchIndex search;

    @BeforeEach
    void open() {
        db = Database.open(tmp.resolve("data"), Database.Mode.WRITE);
        search = new SearchIndex(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    static List<String> row(String number, String plaintiff, String defendant, String cause, String hearing) {
        List<String> r = new ArrayList<>();
        for (String h : HearingImport.HEADERS) {
            r.add(switch (h) {
                case "案号" -> number;
                case "原告" -> plaintiff;
                case "被告" -> defendant;
                case "案由" -> cause;
                case "开庭日期" -> hearing;
                default -> "";
            });
        }
        return r;
    }

    private void importCases() throws Exception {
        new HearingImportTestSetup(db).directory();
        List<List<String>> rows = new ArrayList<>();
        rows.add(HearingImport.HEADERS);
        rows.add(row("（2025）内0821行初12号", "巴彦淖尔某某物流有限公司", "临河区公安局", "行政处罚", "2025-07-10"));
        rows.add(row("（2025）内0821行初12号", "巴彦淖尔某某物流有限公司", "临河住建局", "行政处罚", "2025-07-10"));
        rows.add(row("（2025）内08行初3号", "张某", "五原县公安局", "政府信息公开", "2025-08-01"));
        HearingImport.run(db, Sheets.csv(tmp.resolve("h.csv"), StandardCharsets.UTF_8, false, rows), false, false);
    }

    private int letter(String title, String problem) {
        int recipient = new AgencyRepository(db).list(true).get(0).id();
        return new SuggestionRepository(db).saveDraft(new LetterDraft(null, title, SuggestionKind.INDIVIDUAL, recipient,
                List.of("（2025）内08行初3号"), List.of(CcUnit.text("五原县人民政府")), "背景",
                List.of(new LetterItem("征收公告未依法公示。", "严格履行公告程序。"), new LetterItem(problem, "建立台账并定期公开。")),
                2, "李文静", "0478-8210000", "王法官", null));
    }

    private static List<Integer> ids(List<SearchHit> hits, SearchKind kind) {
        return hits.stream().filter(h -> h.kind() == kind).map(SearchHit::id).toList();
    }

    @Test
    void aCaseByAFragmentOfItsNumberAndByAParty() throws Exception {
        importCases();
        int id = (int) TestDb.longValue(db, "SELECT id FROM admin_case WHERE case_number = '（2025）内0821行初12号'");
        List<SearchHit> hits = search.search("0821行初", 20);
        assertThat(ids(hits, SearchKind.CASE)).containsExactly(id);
        SearchHit hit = hits.get(0);
        assertThat(hit.title()).startsWith("（2025）内0821行初12号");
        assertThat(hit.snippetMarked("【", "】")).contains("【0821行初】");
        // the plaintiff, and a defendant by its short name: one result per case, not one per matching row
        assertThat(ids(search.search("某某物流", 20), SearchKind.CASE)).containsExactly(id);
        assertThat(ids(search.search("临河住建", 20), SearchKind.CASE)).containsExactly(id);
        // the other case does not match the fragment; both match the cause or the defendant's name
        assertThat(ids(search.search("行初3号", 20), SearchKind.CASE)).hasSize(1).doesNotContain(id);
        assertThat(ids(search.search("公安局", 20), SearchKind.CASE)).hasSize(2);
        // every word must be in one row
        assertThat(ids(search.search("某某物流 0821", 20), SearchKind.CASE)).containsExactly(id);
        assertThat(ids(search.search("某某物流 行初3号", 20), SearchKind.CASE)).isEmpty();
    }

    @Test
    void aLetterByThreeCharactersOfOneOfItsProblems() throws Exception {
        importCases();
        int a = letter("关于规范政府信息公开工作的司法建议书", "信息公开台账未建立。");
        int b = letter("关于规范土地征收的司法建议书", "补偿款发放不及时。");
        assertThat(ids(search.search("台账未", 20), SearchKind.LETTER)).containsExactly(a);
        assertThat(ids(search.search("发放不及时", 20), SearchKind.LETTER)).containsExactly(b);
        // both letters share a problem and a source case: newest first
        assertThat(ids(search.search("未依法公示", 20), SearchKind.LETTER)).containsExactly(b, a);
        assertThat(ids(search.search("内08行初3号", 20), SearchKind.LETTER)).containsExactly(b, a);
        // a changed problem is found by its new text at once, the old text no longer
        SuggestionRepository repo = new SuggestionRepository(db);
        LetterDraft d = repo.find(b).orElseThrow().draft();
        repo.saveDraft(new LetterDraft(b, d.title(), d.kind(), d.recipientId(), d.caseNumbers(), d.cc(), d.background(),
                List.of(new LetterItem("执法记录仪未全程使用。", "全程记录。")), d.replyMonths(), d.contactPerson(), d.contactPhone(),
                d.drafter(), d.notes()));
        assertThat(ids(search.search("发放不及时", 20), SearchKind.LETTER)).isEmpty();
        assertThat(ids(search.search("记录仪", 20), SearchKind.LETTER)).containsExactly(b);
        assertThat(ids(search.search("未依法公示", 20), SearchKind.LETTER)).containsExactly(a);
    }

    @Test
    void anAgencyByPartOfItsNameAndItsCasesUnderItsNewName() throws Exception {
        importCases();
        AgencyRepository agencies = new AgencyRepository(db);
        Agency housing = agencies.list(true).stream().filter(x -> x.name().equals("临河区住房和城乡建设局")).findFirst().orElseThrow();
        assertThat(ids(search.search("城乡建设", 20), SearchKind.AGENCY)).containsExactly(housing.id());
        assertThat(ids(search.search("公安局", 20), SearchKind.AGENCY)).hasSize(2);
        agencies.save(new Agency(housing.id(), "临河区城市管理综合执法局", "临河城管", housing.regionId(), housing.regionName(),
                housing.fieldId(), housing.fieldName(), housing.level(), housing.headName(), housing.headTitle(), housing.phone(), true));
        assertThat(ids(search.search("城乡建设", 20), SearchKind.AGENCY)).isEmpty();
        assertThat(ids(search.search("综合执法", 20), SearchKind.AGENCY)).containsExactly(housing.id());
        // the case it is a defendant in is found by the new name
        assertThat(ids(search.search("综合执法", 20), SearchKind.CASE)).hasSize(1);
        assertThat(ids(search.search("城乡建设", 20), SearchKind.CASE)).isEmpty();
    }

    @Test
    void twoCharacterQueriesAreAnsweredByAScan() throws Exception {
        importCases();
        int a = letter("关于规范政府信息公开工作的司法建议书", "信息公开台账未建立。");
        List<SearchHit> hits = search.search("台账", 20);
        assertThat(ids(hits, SearchKind.LETTER)).containsExactly(a);
        assertThat(hits.get(0).snippetMarked("[", "]")).contains("[台账]");
        assertThat(ids(search.search("物流", 20), SearchKind.CASE)).hasSize(1);
        assertThat(ids(search.search("五原", 20), SearchKind.AGENCY)).hasSize(1);
        // a short word narrows a long one; a one-letter word is answered too
        assertThat(ids(search.search("公安局 五原", 20), SearchKind.AGENCY)).hasSize(1);
        assertThat(search.search("某", 20)).isNotEmpty();
        assertThat(search.search("   ", 20)).isEmpty();
    }

    @Test
    void meetingsAndTheWholeDemoFoundByTheirOwnText() {
        DemoData.write(db, 1, DemoData.DEFAULT_SEED, null);
        MeetingRepository meetings = new MeetingRepository(db);
        var m = meetings.list().get(0);
        String topic = TestDb.string(db, "SELECT minutes FROM meeting_topic WHERE meeting_id = " + m.id()
                + " AND minutes IS NOT NULL AND length(minutes) > 10 ORDER BY id LIMIT 1");
        String words = topic.substring(2, 8);
        assertThat(ids(search.search(words, 500), SearchKind.MEETING)).contains(m.id());
        assertThat(ids(search.search(m.number(), 5), SearchKind.MEETING)).contains(m.id());
        // the kinds asked for only, at most the limit of each
        List<SearchHit> cases = search.search("行初", Set.of(SearchKind.CASE), 7);
        assertThat(cases).hasSize(7).allMatch(h -> h.kind() == SearchKind.CASE);
        // deleting a meeting takes its rows out of the index (cascaded topics and items included)
        meetings.delete(m.id());
        assertThat(TestDb.longValue(db, "SELECT count(*) FROM search_meeting WHERE record_id = " + m.id())).isZero();
    }

    @Test
    void rebuildWritesTheSameIndexTheTriggersKeep() {
        DemoData.write(db, 1, DemoData.DEFAULT_SEED, null);
        List<String> tables = List.of("search_case", "search_letter", "search_meeting", "search_agency", "search_whitepaper");
        List<Long> before = tables.stream().map(t -> TestDb.count(db, t)).toList();
        assertThat(before.subList(0, 4)).allMatch(n -> n > 0);
        String probe = TestDb.string(db, "SELECT substr(problem, 1, 5) FROM suggestion_item ORDER BY id LIMIT 1");
        List<SearchHit> hits = search.search(probe, 50);
        tables.forEach(t -> db.dsl().execute("DELETE FROM " + t));
        assertThat(search.search(probe, 50)).isEmpty();
        int rows = db.write(SearchIndex::rebuild);
        assertThat(tables.stream().map(t -> TestDb.count(db, t)).toList()).isEqualTo(before);
        assertThat(rows).isEqualTo((int) before.stream().mapToLong(Long::longValue).sum());
        assertThat(search.search(probe, 50)).usingRecursiveFieldByFieldElementComparator().isEqualTo(hits);
        assertThat(search.check()).isEmpty();
    }

    private List<String> caseIndex() {
        return db.dsl().fetch("SELECT rowid || '|' || record_id || '|' || text FROM search_case ORDER BY rowid").getValues(0, String.class);
    }

    @Test
    void oneIndexRowPerCaseHoldingItsDefendantsWrittenByTheImportAsARebuildWritesIt() throws Exception {
        importCases();
        List<String> imported = caseIndex();
        // two cases, two rows: the second defendant of 0821行初12号 is in its case's row, not a row of its own
        assertThat(imported).hasSize(2);
        assertThat(imported.get(0)).contains("（2025）内0821行初12号", "临河区公安局", "临河住建局", "巴彦淖尔某某物流有限公司");
        assertThat(TestDb.count(db, "search_paused")).isZero();
        db.write(SearchIndex::rebuild);
        assertThat(caseIndex()).isEqualTo(imported);
        // the demo's cases (its bulk path, in a database of its own), the same
        db.close();
        db = Database.open(tmp.resolve("demo"), Database.Mode.WRITE);
        DemoData.write(db, 1, DemoData.DEFAULT_SEED, null);
        List<String> demo = caseIndex();
        assertThat(demo).hasSize((int) TestDb.count(db, "admin_case"));
        db.write(SearchIndex::rebuild);
        assertThat(caseIndex()).isEqualTo(demo);
    }

    @Test
    void aWhitePaperByItsTitleAndTheTextOfAChapter() {
        cn.fuyuan.desk.whitepaper.WhitePaperService papers = new cn.fuyuan.desk.whitepaper.WhitePaperService(db);
        cn.fuyuan.desk.whitepaper.WhitePaper p = papers.save(papers.draft(2025, java.time.LocalDate.of(2026, 3, 1)));
        String title = p.title();
        List<SearchHit> hits = search.search(title.substring(title.length() - 5), Set.of(SearchKind.WHITEPAPER), 20);
        assertThat(ids(hits, SearchKind.WHITEPAPER)).containsExactly(p.id());
        assertThat(hits.get(0).title()).isEqualTo(title);
        var overview = cn.fuyuan.desk.whitepaper.Chapter.OVERVIEW;
        papers.save(p.withPart(p.part(overview).withNarrative("## 总体情况\n本年度负责人出庭率⟦rate.appearance=87.5%⟧，较上年明显提升。")));
        hits = search.search("较上年明显", 20);
        assertThat(ids(hits, SearchKind.WHITEPAPER)).containsExactly(p.id());
        // the snippet as a reader sees the text: the figure's value, no marks of the narrative's own syntax
        assertThat(hits.get(0).snippetMarked("[", "]")).contains("出庭率87.5%，[较上年明显]提升").doesNotContain("⟦", "##");
        assertThat(ids(search.search("出庭率87.5", 20), SearchKind.WHITEPAPER)).isEmpty();
        assertThat(ids(search.search("rate.appearance", 20), SearchKind.WHITEPAPER)).containsExactly(p.id());
        int rows = (int) TestDb.count(db, "search_whitepaper");
        db.write(SearchIndex::rebuild);
        assertThat(TestDb.count(db, "search_whitepaper")).isEqualTo(rows).isEqualTo(1 + p.parts().size());
        assertThat(ids(search.search("较上年明显", 20), SearchKind.WHITEPAPER)).containsExactly(p.id());
    }

    @Test
    void aRowHoldingEveryTrigramOfAWordButNotTheWordIsNotFound() throws Exception {
        importCases();
        AgencyRepository agencies = new AgencyRepository(db);
        Agency a = agencies.list(true).get(0);
        agencies.save(new Agency(a.id(), "甲乙丙丁局", "丙丁戊", a.regionId(), a.regionName(), a.fieldId(), a.fieldName(), a.level(),
                a.headName(), a.headTitle(), a.phone(), true));
        // detail=none finds rows by their trigrams (乙丙丁 and 丙丁戊 are both in this row); the word itself decides
        assertThat(ids(search.search("乙丙丁局", 20), SearchKind.AGENCY)).containsExactly(a.id());
        assertThat(ids(search.search("乙丙丁戊", 20), SearchKind.AGENCY)).isEmpty();
        assertThat(SearchIndex.trigrams(List.of("0821行初"))).isEqualTo("\"082\" \"821\" \"21行\" \"1行初\"");
        assertThat(SearchIndex.trigrams(List.of("a\"bc"))).isEqualTo("\"a\"\"b\" \"\"\"bc\"");
    }

    @Test
    void snippetsAreCutAroundTheFirstMatch() {
        String text = "一".repeat(40) + "信息公开台账" + "二".repeat(100);
        SearchIndex.Snippet s = SearchIndex.snippet(text, List.of("公开台"));
        assertThat(s.text()).startsWith("…").endsWith("…");
        SearchHit h = new SearchHit(SearchKind.LETTER, 1, "t", s.text(), s.marks());
        assertThat(h.snippetMarked("<", ">")).contains("信息<公开台>账");
        assertThat(s.text().length()).isEqualTo(SearchIndex.LENGTH + 2);
    }
}
