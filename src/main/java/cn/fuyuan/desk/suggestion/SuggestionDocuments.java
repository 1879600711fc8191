package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.DocumentActions;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import java.util.List;
import javafx.concurrent.Task;

/** The section's documents previewed (filled in the background): the letter, the 催办函, the register of a year. */
public final class SuggestionDocuments {
    private SuggestionDocuments() {
    }

    public static void previewLetter(AppContext ctx, SuggestionScreens screens, Suggestion s) {
        DocumentActions.preview(ctx, Ui.t("report.suggestionLetter"), s.number() == null ? "司法建议书" : s.number(),
                () -> screens.letter(s));
    }

    /** The 催办函 of these letters; {@code issued} runs once they are saved or printed. */
    public static void previewChase(AppContext ctx, SuggestionScreens screens, List<Suggestion> letters, LocalDate day, Runnable issued) {
        if (letters.isEmpty()) {
            Dialogs.info(ctx.stage(), Ui.t("suggestion.noneOverdue", day));
            return;
        }
        DocumentActions.preview(ctx, Ui.t("report.suggestionChase"), "催办函", () -> screens.chase(letters, day), issued);
    }

    /** The register of a year, previewed (also from the reports screen). */
    public static void previewRegister(AppContext ctx, int year) {
        SuggestionScreens screens = new SuggestionScreens(ctx.db());
        LocalDate day = LocalDate.now();
        DocumentActions.preview(ctx, Ui.t("report.suggestionRegister"), "司法建议台账" + year, () -> screens.register(year, day));
    }

    /** Chase letters for every letter overdue today (from the reports screen). */
    public static void previewChaseAll(AppContext ctx) {
        SuggestionScreens screens = new SuggestionScreens(ctx.db());
        LocalDate day = LocalDate.now();
        ctx.jobs().run(Ui.t("suggestion.loading"), new Task<List<Suggestion>>() {
            @Override
            protected List<Suggestion> call() {
                updateProgress(-1, 1);
                return screens.overdue(day);
            }
        }, letters -> previewChase(ctx, screens, letters, day, () -> { }), t -> Dialogs.error(ctx.stage(), t));
    }
}
