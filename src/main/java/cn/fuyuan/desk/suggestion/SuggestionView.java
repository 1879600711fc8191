package cn.fuyuan.desk.suggestion;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.DirtyForm;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import java.util.List;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * 司法建议: the 登记 tab (filters, the letters' table, the letter form with its workflow buttons and attachments)
 * and the 逾期 tab. This class puts the parts together, reads the section in a job and shows the letter chosen.
 */
public final class SuggestionView implements SectionView {
    private final AppContext ctx;
    private final SuggestionScreens screens;
    private final SuggestionListViewModel list;
    private final SuggestionWorkflowViewModel workflow;
    private final SuggestionFormViewModel form = new SuggestionFormViewModel(List.of(), 2);
    private final SuggestionFormView formView = new SuggestionFormView(form);
    private final SuggestionAttachmentsView attachments;
    private final SuggestionActionsView actions;
    private final SuggestionRegisterView register;
    private final SuggestionOverdueView overdue;
    private final DirtyForm unsaved;
    private final VBox root = new VBox(8);
    private final TabPane tabs;

    public SuggestionView(AppContext ctx) {
        this.ctx = ctx;
        this.screens = new SuggestionScreens(ctx.db());
        this.list = screens.list(0);
        this.workflow = screens.workflow(form);
        this.unsaved = DirtyForm.of(form::isDirty, this::saveBeforeLeaving, this::discard, ctx::stage);
        this.attachments = new SuggestionAttachmentsView(ctx, screens, form);
        this.actions = new SuggestionActionsView(ctx, screens, form, workflow, this::reload, formView::showProblems);
        formView.addBelow(null, actions.node());
        formView.addBelow("suggestion.attachments", attachments.node());
        ScrollPane formPane = new ScrollPane(formView.node());
        formPane.setFitToWidth(true);
        this.register = new SuggestionRegisterView(ctx, list, unsaved, formPane, () -> select(null),
                this::select, s -> s.equals(form.loadedProperty().get()));
        this.overdue = new SuggestionOverdueView(ctx, screens, list, () -> reload(form.idProperty().get()));
        this.tabs = new TabPane(new Tab(Ui.t("suggestion.tab.register"), register.node()),
                new Tab(Ui.t("suggestion.tab.overdue"), overdue.node()));
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tabs.setId("suggestion.tabs");
        VBox.setVgrow(tabs, Priority.ALWAYS);
        root.getChildren().addAll(Ui.title("nav.suggestions"), tabs);
        root.setPadding(new Insets(12));
        select(null);
        reload(null);
    }

    @Override
    public cn.fuyuan.desk.ui.ListExport.Shown shownList() {
        return tabs.getSelectionModel().getSelectedIndex() == 0 ? register.shown() : overdue.shown();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public void onShow() {
        reload(form.idProperty().get());
    }

    /**
     * The letters and the directory behind the recipient's choice go (5,600 letters and 15,000 agencies at a city's
     * scale); the form, the filters and the letter shown stay, and {@link #onShow()} reads the rest again.
     */
    @Override
    public void onHide() {
        form.releaseDirectory();
        list.show(List.of());
    }

    @Override
    public void onNew() {
        if (unsaved.mayLeave(ctx.stage())) {
            select(null);
        }
    }

    @Override
    public DirtyForm unsaved() {
        return unsaved;
    }

    /** Shows the letter with this id (e.g. a draft just made from an unjustified absence). */
    public void open(int id) {
        reload(id);
    }

    @Override
    public void openRecord(int id) {
        open(id);
    }

    @Override
    public void onSave() {
        actions.save();
    }

    /** The 台账 of a year, previewed (from the reports screen). */
    public static void previewRegister(AppContext ctx, int year) {
        SuggestionDocuments.previewRegister(ctx, year);
    }

    /** Chase letters for every letter overdue today (from the reports screen). */
    public static void previewChaseAll(AppContext ctx) {
        SuggestionDocuments.previewChaseAll(ctx);
    }

    /** Reads the letters, the directory and the settings in a job, then shows them with the letter {@code selectId}. */
    private void reload(Integer selectId) {
        SuggestionJobs.run(ctx, "suggestion.loading", () -> screens.read(selectId), snap -> {
            form.setDirectory(snap.directory(), snap.replyMonths());
            list.setAsOf(LocalDate.now(), snap.dueSoonDays());
            list.show(snap.letters());
            register.loaded(snap.fields());
            overdue.loaded();
            show(snap.selected(), snap.attachments());
        });
    }

    /** Shows the letter chosen in the table (or a new one); its attachments are read in a job. */
    private void select(Suggestion s) {
        show(s, List.of());
        attachments.reload(s == null ? null : s.id());
    }

    private void show(Suggestion s, List<SuggestionRepository.AttachmentInfo> files) {
        if (s == null) {
            form.clear();
        } else {
            form.load(s);
        }
        register.showSelected(s);
        attachments.show(files);
        formView.showLetter(s, list.asOf());
    }

    /** 保存 when the form is left: written at once (the user waits on the answer), then the list read again. */
    private void saveBeforeLeaving() {
        Suggestion saved = screens.find(workflow.save(form.toDraft())).orElseThrow();
        form.load(saved);
        // the list shows the saved draft once the choice that asked is made (keeping the letter then shown)
        Platform.runLater(() -> reload(form.idProperty().get()));
    }

    private void discard() {
        show(form.loadedProperty().get(), List.of());
        attachments.reload(form.idProperty().get());
    }
}
