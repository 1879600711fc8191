package cn.fuyuan.desk.app;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Dialogs;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.agency.AgencyView;
import cn.fuyuan.desk.history.HistoryView;
import cn.fuyuan.desk.settings.SettingsView;
import java.io.File;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.DirectoryChooser;

/** The window shell: menu, navigation, the shown section, and the status bar. */
public final class MainWindow {
    private final AppContext ctx;
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ListView<Section> nav = new ListView<>();
    private final Map<Section, SectionView> views = new EnumMap<>(Section.class);
    private final Runnable onLanguageChanged;
    private SectionView shown;
    private final cn.fuyuan.desk.search.SearchBoxView search;
    private boolean reverting;
    private final DataFolders folders;
    private final BackupActions backups;

    public MainWindow(AppContext ctx, Runnable onLanguageChanged, DataFolders folders) {
        this.ctx = ctx;
        this.folders = folders;
        this.onLanguageChanged = onLanguageChanged;
        this.backups = new BackupActions(ctx, this::reloadAll);
        nav.setId("nav");
        nav.getItems().setAll(Section.values());
        nav.setPrefWidth(130);
        nav.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Section s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty || s == null ? null : Ui.t(s.messageKey()));
                setId(empty || s == null ? null : "nav-" + s.name());
            }
        });
        nav.getSelectionModel().selectedItemProperty().addListener((o, a, s) -> {
            if (reverting || s == null || s == a) {
                return;
            }
            if (!mayLeaveShown()) {
                // 取消 (or a refused save): the section and its edit stay
                reverting = true;
                javafx.application.Platform.runLater(() -> {
                    nav.getSelectionModel().select(a);
                    reverting = false;
                });
                return;
            }
            show(s);
        });
        content.setPadding(new Insets(12));
        search = new cn.fuyuan.desk.search.SearchBoxView(ctx.db(), this::openRecord);
        MenuBar bar = menu();
        HBox top = new HBox(8, bar, search.node());
        HBox.setHgrow(bar, javafx.scene.layout.Priority.ALWAYS);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        top.setPadding(new Insets(0, 8, 0, 0));
        top.setStyle("-fx-background-color: derive(-fx-base, 4%);");
        root.setTop(top);
        root.setLeft(nav);
        root.setCenter(content);
        root.setBottom(StatusBarView.create(ctx));
    }

    public BorderPane root() {
        return root;
    }

    public void select(Section s) {
        nav.getSelectionModel().select(s);
    }

    /** Shows the section and returns its view. */
    public SectionView open(Section s) {
        select(s);
        return views.computeIfAbsent(s, this::create);
    }

    /** Opens a record found by the global search or named by a reminder in its section. */
    public void openRecord(cn.fuyuan.desk.search.SearchKind kind, int id) {
        Section s = switch (kind) {
            case CASE -> Section.CASES;
            case LETTER -> Section.SUGGESTIONS;
            case MEETING -> Section.MEETINGS;
            case AGENCY -> Section.AGENCIES;
            case WHITEPAPER -> Section.WHITEPAPER;
        };
        open(s).openRecord(id);
    }

    /** Whether the shown section may be left: its form has nothing unsaved, or the user saved or discarded it. */
    public boolean mayLeaveShown() {
        cn.fuyuan.desk.ui.DirtyForm f = shown == null ? null : shown.unsaved();
        return f == null || f.mayLeave(ctx.stage());
    }

    public Section selected() {
        return nav.getSelectionModel().getSelectedItem();
    }

    private SectionView current() {
        return shown == null ? new SectionView() {
            @Override
            public javafx.scene.Node node() {
                return null;
            }
        } : shown;
    }

    private void show(Section s) {
        SectionView v = views.computeIfAbsent(s, this::create);
        SectionView left = shown != null && shown != v ? shown : null;
        if (left != null) {
            left.onHide();
        }
        shown = v;
        content.getChildren().setAll(v.node());
        if (left != null) {
            cn.fuyuan.desk.ui.SkinRelease.dropSkins(left.node());
        }
        v.onShow();
    }

    /** The view whose node this is (tests and tools reach a shown view through the scene graph). */
    public static java.util.Optional<SectionView> viewOf(javafx.scene.Node node) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n.getProperties().get(SectionView.class) instanceof SectionView v) {
                return java.util.Optional.of(v);
            }
        }
        return java.util.Optional.empty();
    }

    private SectionView create(Section s) {
        SectionView v = createView(s);
        v.node().setId("section-" + s.name());
        v.node().getProperties().put(SectionView.class, v);
        return v;
    }

    private SectionView createView(Section s) {
        return switch (s) {
            case DASHBOARD -> new DashboardView(ctx, this::select, this::openRecord);
            case AGENCIES -> new AgencyView(ctx);
            case SETTINGS -> new SettingsView(ctx, onLanguageChanged);
            case HISTORY -> new HistoryView(ctx);
            case REPORTS -> new ReportsView(ctx, () -> select(Section.WHITEPAPER));
            case CASES -> new cn.fuyuan.desk.caseload.CaseView(ctx, new javafx.scene.control.Tab(Ui.t("caseload.tab.stats"),
                    new cn.fuyuan.desk.appearance.FiguresView(ctx).node()));
            case SUGGESTIONS -> new cn.fuyuan.desk.suggestion.SuggestionView(ctx);
            case MEETINGS -> new cn.fuyuan.desk.meeting.MeetingView(ctx);
            case WHITEPAPER -> new cn.fuyuan.desk.whitepaper.WhitePaperView(ctx);
        };
    }

    /** Drops cached views so that they reload from the database (after a restore). */
    public void reloadAll() {
        Section s = selected();
        views.clear();
        search.reset();
        if (s != null) {
            show(s);
        }
    }

    private MenuBar menu() {
        return new MainMenu(new MainMenu.Actions() {
            @Override
            public SectionView current() {
                return MainWindow.this.current();
            }

            @Override
            public void importFile() {
                SectionView v = current();
                if (v.canImport()) {
                    v.onImport();
                } else {
                    Dialogs.info(ctx.stage(), Ui.t("menu.nothingHere", Ui.plain(Ui.t("menu.import")), sectionName()));
                }
            }

            @Override
            public void exportList() {
                listShown(Ui.plain(Ui.t("menu.export"))).ifPresent(l -> cn.fuyuan.desk.ui.ListExport.saveXlsx(ctx, l));
            }

            @Override
            public void printList() {
                listShown(Ui.plain(Ui.t("menu.print"))).ifPresent(l -> cn.fuyuan.desk.ui.ListExport.print(ctx, l));
            }

            @Override
            public void backup() {
                backups.backup();
            }

            @Override
            public void restore() {
                backups.restore();
            }

            @Override
            public void openDataFolder() {
                DirectoryChooser dc = new DirectoryChooser();
                dc.setTitle(Ui.plain(Ui.t("menu.openFolder")));
                File f = dc.showDialog(ctx.stage());
                if (f != null) {
                    folders.open(f.toPath());
                }
            }

            @Override
            public void openDataFolder(Path folder) {
                folders.open(folder);
            }

            @Override
            public java.util.List<Path> recentFolders() {
                return folders.recent();
            }

            @Override
            public void exit() {
                if (mayLeaveShown()) {
                    ctx.stage().close();
                }
            }

            @Override
            public void searchAll() {
                search.focus();
            }

            @Override
            public void show(Section s) {
                select(s);
            }

            @Override
            public void help() {
                HelpWindow.show(ctx.stage(), selected() == null ? Section.DASHBOARD : selected());
            }

            @Override
            public void about() {
                AboutDialog.show(ctx);
            }
        }).bar();
    }

    private String sectionName() {
        return Ui.t((selected() == null ? Section.DASHBOARD : selected()).messageKey());
    }

    /** The list the section shows, or a word that it shows none to export or print. */
    private java.util.Optional<cn.fuyuan.desk.ui.ListExport.Shown> listShown(String what) {
        cn.fuyuan.desk.ui.ListExport.Shown l = current().shownList();
        if (l == null) {
            Dialogs.info(ctx.stage(), Ui.t("menu.nothingHere", what, sectionName()));
        }
        return java.util.Optional.ofNullable(l);
    }

    /** What the window asks of the application about data folders: open another one, the recent ones. */
    public interface DataFolders {
        void open(Path folder);

        java.util.List<Path> recent();
    }

    /** The folder the backup dialog opens in (see {@link BackupActions#backupFolder}). */
    static File backupFolder(Path dataDir) {
        return BackupActions.backupFolder(dataDir);
    }
}
