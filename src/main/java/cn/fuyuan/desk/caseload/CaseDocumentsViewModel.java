package cn.fuyuan.desk.caseload;

import cn.fuyuan.desk.caseload.CaseQueries.HearingRow;
import cn.fuyuan.desk.i18n.Messages;
import cn.fuyuan.desk.settings.SettingsRepository;
import cn.fuyuan.desk.store.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The batch of 出庭应诉通知书 or 提示函 a clerk asks for: the hearing dates, and for notices whether only those still to
 * send (required and not served yet); and a single hearing's notice from its row. {@link #letters} reads the store (call
 * it off the JavaFX thread); the dialog only shows this.
 */
public final class CaseDocumentsViewModel {
    private final Database db;
    private final boolean reminders;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final BooleanProperty onlyUnserved = new SimpleBooleanProperty(true);

    /** A batch of notices (reminders false) or of 提示函 (true), its dates proposed from {@code today}. */
    public CaseDocumentsViewModel(Database db, boolean reminders, LocalDate today) {
        this.db = db;
        this.reminders = reminders;
        from.set(reminders ? today.minusMonths(3) : today);
        to.set(reminders ? today : today.plusDays(14));
    }

    public boolean reminders() {
        return reminders;
    }

    /** The bundle key of the documents' name (出庭应诉通知书 or 提示函). */
    public String titleKey() {
        return reminders ? "caseload.reminders" : "caseload.notices";
    }

    /** Whether the batch can be limited to the notices still to send (notices only: a 提示函 has no 送达 to wait for). */
    public boolean offersOnlyUnserved() {
        return !reminders;
    }

    /** What is wrong with the dates, naming the field, or empty. */
    public Optional<String> problem() {
        if (from.get() == null || to.get() == null || to.get().isBefore(from.get())) {
            return Optional.of(Messages.get("caseload.badRange"));
        }
        return Optional.empty();
    }

    /**
     * The letters of the batch, issued: those issued before keep their 成文日期 (a reprint), the others are issued
     * {@code today} and keep that date from now on ({@link NoticeIssueWriter}).
     */
    public List<NoticeLetters.Letter> letters(LocalDate today) {
        problem().ifPresent(p -> {
            throw new IllegalStateException(p);
        });
        var office = new SettingsRepository(db).office();
        return reminders
                ? NoticeLetters.reminders(db, office, from.get(), to.get(), today, true)
                : NoticeLetters.issueNotices(db, office, from.get(), to.get(), today, onlyUnserved.get());
    }

    /** The one notice of a hearing row (its hearing and defendant), issued as {@link #letters} says. */
    public static List<NoticeLetters.Letter> noticeOf(Database db, HearingRow row, LocalDate today) {
        return NoticeLetters.issueNotices(db, new SettingsRepository(db).office(), List.of(row), today);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    public BooleanProperty onlyUnservedProperty() {
        return onlyUnserved;
    }
}
