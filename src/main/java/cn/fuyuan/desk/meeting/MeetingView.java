package cn.fuyuan.desk.meeting;

import cn.fuyuan.desk.history.HistoryDialog;
import cn.fuyuan.desk.store.Problem;
import cn.fuyuan.desk.store.ValidationException;
import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.DirtyForm;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;

/**
 * 联席会议: the meeting list ({@link MeetingListView}) beside the meeting form ({@link MeetingFormView}), with the
 * steps of a meeting in the toolbar, and the open-items board ({@link FollowUpBoardView}). Reads and writes run in the
 * background; the rules live in the view models and the repository.
 */
public final class MeetingView implements SectionView {
    private final AppContext ctx;
    private final MeetingScreens screens;
    private final MeetingListViewModel list;
    private final MeetingFormViewModel form;
    private final ObservableList<Unit> units = FXCollections.observableArrayList();
    private final Label status = new Label();
    private final Background background;
    private final DirtyForm unsaved;
    private final MeetingListView listView;
    private final FollowUpBoardView board;
    private final BorderPane root;
    private final TabPane tabs;

    public MeetingView(AppContext ctx) {
        this.ctx = ctx;
        this.screens = new MeetingScreens(ctx.db());
        this.list = screens.listViewModel();
        this.form = screens.formViewModel();
        this.background = new Background(ctx, status::setText);
        this.unsaved = DirtyForm.of(form::isDirty, this::saveNow, this::discard, ctx::stage);
        this.listView = new MeetingListView(list, unsaved, ctx::stage, this::show);
        this.board = new FollowUpBoardView(ctx, screens.boardViewModel(), background);
        MeetingFormView formView = new MeetingFormView(form, units, background, this::recordProgress);

        SplitPane split = new SplitPane(listView.node(), formView.node());
        split.setDividerPositions(0.42);
        BorderPane meetings = new BorderPane(split);
        meetings.setTop(Ui.toolbar(
                id(Ui.button("action.new", this::onNew), "meeting.new"),
                id(Ui.button("action.save", this::save), "meeting.save"),
                Ui.button("meeting.advance", this::advance),
                Ui.button("meeting.reopen", this::reopen),
                Ui.button("meeting.delete", this::delete),
                Ui.button("meeting.printMinutes", this::printMinutes),
                Ui.button("meeting.history", this::history)));
        meetings.setBottom(status);
        status.setId("meeting.status");
        status.setPadding(new Insets(4, 8, 4, 8));

        Tab meetingsTab = new Tab(Ui.t("meeting.tab.meetings"), meetings);
        Tab open = new Tab(Ui.t("meeting.tab.board"), board.node());
        meetingsTab.setClosable(false);
        open.setClosable(false);
        open.setOnSelectionChanged(e -> {
            if (open.isSelected()) {
                board.reload();
            }
        });
        tabs = new TabPane(meetingsTab, open);
        tabs.setId("meeting.tabs");
        root = new BorderPane(tabs);
        Label title = Ui.title("nav.meetings");
        BorderPane.setMargin(title, new Insets(8, 8, 0, 8));
        root.setTop(title);
        fresh();
        onShow();
    }

    @Override
    public Node node() {
        return root;
    }

    @Override
    public cn.fuyuan.desk.ui.ListExport.Shown shownList() {
        return tabs.getSelectionModel().getSelectedIndex() == 0 ? listView.shown() : board.shown();
    }

    @Override
    public void onShow() {
        String court = Ui.t("meeting.court");
        background.run(() -> screens.unitChoices(court), units::setAll);
        reloadList(null);
        board.reload();
    }

    /** The meetings go when another section is shown (the form, the filters and the meeting chosen stay). */
    @Override
    public void onHide() {
        listView.release();
    }

    private void reloadList(Integer choose) {
        background.run(list::read, meetings -> listView.show(meetings, choose));
    }

    @Override
    public DirtyForm unsaved() {
        return unsaved;
    }

    @Override
    public void onNew() {
        if (!unsaved.mayLeave(ctx.stage())) {
            return;
        }
        listView.clearSelection();
        fresh();
        status.setText("");
    }

    /** An empty form for a meeting today; its carry-over read in the background. */
    private void fresh() {
        LocalDate today = LocalDate.now();
        form.clear(today);
        var at = form.heldAt();
        background.run(() -> form.carriedBefore(at), open -> form.showCarryPreview(at, open));
    }

    @Override
    public void onSave() {
        save();
    }

    @Override
    public void onSearch() {
        listView.focusSearch();
    }

    @Override
    public void openRecord(int id) {
        listView.open(id);
    }

    /** The meeting chosen in the list; the one the form already shows as saved is not loaded again (its item stays shown). */
    private void show(Meeting m) {
        if (form.current() != null && form.current().id().equals(m.id()) && !form.isDirty()) {
            return;
        }
        form.load(m);
        status.setText("");
    }

    // ------------------------------------------------------------------ actions

    /** The save the unsaved-changes question runs: at once, a refusal shown in a dialog. */
    private void saveNow() throws ValidationException {
        List<Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            status.setText(problems.stream().map(Problem::message).collect(Collectors.joining("；")));
            throw new ValidationException(problems);
        }
        Meeting m = form.save();
        status.setText(Ui.t("meeting.saved", m.number()));
        reloadList(null);
    }

    private void discard() {
        if (form.current() == null) {
            fresh();
        } else {
            form.load(form.current());
        }
    }

    private void save() {
        List<Problem> problems = form.problems();
        if (!problems.isEmpty()) {
            status.setText(problems.stream().map(Problem::message).collect(Collectors.joining("；")));
            return;
        }
        Meeting shown = form.toMeeting();
        background.run(() -> form.write(shown), m -> {
            form.showStored(m);
            status.setText(Ui.t("meeting.saved", m.number()));
            reloadList(m.id());
        });
    }

    private void advance() {
        if (form.current() == null) {
            status.setText(Ui.t("meeting.saveFirst"));
            return;
        }
        if (form.state.get() == MeetingState.HELD && !Dialogs.confirm(ctx.stage(), Ui.t("meeting.confirmIssue", form.number.get()))) {
            return;
        }
        int id = form.current().id();
        background.run(() -> form.advanceStored(id), this::stepped);
    }

    private void reopen() {
        if (form.current() == null || !Dialogs.confirm(ctx.stage(), Ui.t("meeting.confirmReopen", form.number.get()))) {
            return;
        }
        int id = form.current().id();
        background.run(() -> form.reopenStored(id), this::stepped);
    }

    private void stepped(Meeting m) {
        form.showStored(m);
        status.setText(Ui.t("meeting.stateNow", m.number(), m.state().label()));
        reloadList(m.id());
        board.reload();
    }

    private void delete() {
        Meeting m = form.current();
        if (m == null || !Dialogs.confirm(ctx.stage(), Ui.t("meeting.confirmDelete", m.number()))) {
            return;
        }
        background.runThen(() -> form.delete(m.id()), () -> {
            listView.clearSelection();
            fresh();
            status.setText("");
            reloadList(null);
            board.reload();
        });
    }

    private void printMinutes() {
        Meeting m = form.current();
        if (m == null) {
            status.setText(Ui.t("meeting.saveFirst"));
            return;
        }
        MeetingScreens.previewMinutes(ctx, m.id(), m.number());
    }

    private void history() {
        Meeting m = form.current();
        if (m != null) {
            HistoryDialog.show(ctx, "meeting", String.valueOf(m.id()), m.number());
        }
    }

    /** 登记进展 on an item of this meeting or one carried into it. */
    private void recordProgress(AgreedItem item) {
        Integer meetingId = form.current() == null ? null : form.current().id();
        ItemProgressDialog.ask(ctx.stage(), item).ifPresent(e -> background.run(
                () -> form.recordProgressStored(meetingId, item.id(), e.on(), e.note(), e.status()), m -> {
                    if (m != null && form.current() != null && m.id().equals(form.current().id())) {
                        form.showStored(m);
                    }
                    status.setText(Ui.t("meeting.progressSaved"));
                    reloadList(null);
                    board.reload();
                }));
    }

    /** Preview of the 督办表 of the open items. */
    public static void previewFollowUp(AppContext ctx, String unit) {
        MeetingScreens.previewFollowUp(ctx, unit);
    }

    /** Writes the .ics file of upcoming meetings and open item deadlines. */
    public static void exportIcs(AppContext ctx) {
        MeetingScreens.exportIcs(ctx);
    }

    private static Button id(Button b, String id) {
        b.setId(id);
        return b;
    }
}
