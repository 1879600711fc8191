package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.agency.Agency;
import cn.fuyuan.desk.agency.AgencyRepository;
import cn.fuyuan.desk.report.ReportService;
import cn.fuyuan.desk.settings.OfficeSettings;
import cn.fuyuan.desk.settings.RefItem;
import cn.fuyuan.desk.settings.ReferenceList;
import cn.fuyuan.desk.settings.SettingKey;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * What the 司法建议 screens read and write, so that the views call this and no repository: the letters with what the
 * filters and the form offer, a letter's attachments, the chase log, the office for the documents. No JavaFX: the
 * views call it from their background jobs.
 */
public final class SuggestionScreens {
    private final Database db;
    private final SuggestionRepository letters;

    public SuggestionScreens(Database db) {
        this.db = db;
        this.letters = new SuggestionRepository(db);
    }

    /** Everything the section shows at once, read in one go off the JavaFX thread. */
    public record Snapshot(List<Suggestion> letters, List<Agency> directory, List<String> fields, int dueSoonDays,
            int replyMonths, Suggestion selected, List<SuggestionRepository.AttachmentInfo> attachments) {
    }

    /** The letters, the directory, the fields and the deadlines' settings; the letter {@code selectId} if it is given. */
    public Snapshot read(Integer selectId) {
        SettingsRepository settings = new SettingsRepository(db);
        Suggestion selected = selectId == null ? null : letters.find(selectId).orElse(null);
        return new Snapshot(letters.list(), new AgencyRepository(db).list(false),
                new ReferenceList(db, ReferenceList.Kind.FIELD).list(false).stream().map(RefItem::name).toList(),
                settings.getInt(SettingKey.SUGGESTION_DUE_SOON_DAYS), settings.getInt(SettingKey.SUGGESTION_REPLY_MONTHS),
                selected, selected == null ? List.of() : letters.attachments(selected.id()));
    }

    /** The view model of the workflow steps, writing through this section's repository. */
    public SuggestionWorkflowViewModel workflow(SuggestionFormViewModel form) {
        return new SuggestionWorkflowViewModel(letters, form.loadedProperty());
    }

    /** The view model of the letter list. */
    public SuggestionListViewModel list(int dueSoonDays) {
        return new SuggestionListViewModel(letters, dueSoonDays);
    }

    public Optional<Suggestion> find(int id) {
        return letters.find(id);
    }

    public List<SuggestionRepository.AttachmentInfo> attachments(int letterId) {
        return letters.attachments(letterId);
    }

    /** Attaches the file (refused above {@link SuggestionRepository#MAX_ATTACHMENT_BYTES}, naming the file). */
    public void addAttachment(int letterId, Path file) {
        try {
            letters.addAttachment(letterId, file.getFileName().toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            throw new ValidationException(Problem.ofField("attachments", file.getFileName() + ": " + e.getMessage()));
        }
    }

    public void saveAttachment(int attachmentId, Path to) throws IOException {
        Files.write(to, letters.attachmentContent(attachmentId));
    }

    public void removeAttachment(int attachmentId) {
        letters.removeAttachment(attachmentId);
    }

    /** Records how the 催办函 of these letters were sent on the day (the reminders and the history show it). */
    public void recordChase(List<Suggestion> chased, LocalDate day, String method) {
        new ChaseLogRepository(db).record(chased.stream().map(Suggestion::id).toList(), day, method);
    }

    /** The letters overdue on the day, most days overdue first. */
    public List<Suggestion> overdue(LocalDate day) {
        return ChaseLetterReport.overdue(letters.list(), day);
    }

    public OfficeSettings office() {
        return new SettingsRepository(db).office();
    }

    /** The 司法建议书 of the letter, with its attachments' names. */
    public JasperPrint letter(Suggestion s) {
        List<String> names = letters.attachments(s.id()).stream().map(SuggestionRepository.AttachmentInfo::fileName).toList();
        return SuggestionLetterReport.fill(ReportService.shared(), office(), s, names);
    }

    /** The 催办函 of these letters as of the day. */
    public JasperPrint chase(List<Suggestion> chased, LocalDate day) {
        return ChaseLetterReport.fill(ReportService.shared(), office(), chased, day);
    }

    /** The 司法建议台账 of the year as of the day. */
    public JasperPrint register(int year, LocalDate day) {
        return SuggestionRegisterReport.fill(ReportService.shared(), office(), letters, year, day);
    }
}
