package cn.fuyuan.desk.search;

import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Popup;

/**
 * The window's global search (Ctrl+K): a field whose results appear as you type, in a list under it grouped by kind,
 * each with its title and a snippet whose matched text is highlighted. Enter, or a double-click, opens the record in
 * its section. The search runs on a thread of its own ({@link SearchIndex}, the command line's code); only the
 * answer to the latest text is shown.
 */
public final class SearchBoxView {
    /** Records of each kind shown under the field. */
    static final int PER_KIND = 8;

    /** A row of the list: a kind's heading, or a record found. */
    record Row(SearchKind heading, SearchHit hit) {
    }

    private final TextField field = new TextField();
    private final ListView<Row> results = new ListView<>();
    private final Popup popup = new Popup();
    private final SearchIndex index;
    private final BiConsumer<SearchKind, Integer> open;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "global-search");
        t.setDaemon(true);
        return t;
    });
    private final AtomicLong generation = new AtomicLong();

    public SearchBoxView(Database db, BiConsumer<SearchKind, Integer> open) {
        this.index = new SearchIndex(db);
        this.open = open;
        field.setId("search.global");
        field.setPromptText(Ui.t("search.prompt"));
        field.setPrefColumnCount(24);
        results.setId("search.results");
        results.setPrefSize(560, 420);
        results.setCellFactory(lv -> new HitCell());
        results.setPlaceholder(new Label(Ui.t("search.none")));
        // a popup's content is outside the window's scene: the "root" class gives it modena's colours
        javafx.scene.layout.StackPane content = new javafx.scene.layout.StackPane(results);
        content.getStyleClass().add("root");
        popup.getContent().add(content);
        popup.setAutoHide(true);
        field.textProperty().addListener((o, a, text) -> search(text));
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && popup.isShowing()) {
                results.requestFocus();
                selectNextHit(0);
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                openSelectedOrFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
            }
        });
        results.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                openSelectedOrFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE) {
                popup.hide();
                field.requestFocus();
            }
        });
        results.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2) {
                openSelectedOrFirst();
            }
        });
    }

    public Node node() {
        return field;
    }

    /** Ctrl+K: to the field, its text selected. */
    public void focus() {
        field.requestFocus();
        field.selectAll();
        if (!results.getItems().isEmpty()) {
            show();
        }
    }

    /** Lets go of the database connection kept between searches (after a restore replaced the file). */
    public void reset() {
        worker.submit(index::close);
    }

    /** The rows shown now (for tests). */
    public List<Row> rows() {
        return List.copyOf(results.getItems());
    }

    private void search(String text) {
        long gen = generation.incrementAndGet();
        if (text == null || text.isBlank()) {
            results.getItems().clear();
            popup.hide();
            return;
        }
        worker.submit(() -> {
            if (gen != generation.get()) {
                return;
            }
            List<SearchHit> hits;
            try {
                hits = index.search(text, PER_KIND);
            } catch (RuntimeException e) {
                org.slf4j.LoggerFactory.getLogger(SearchBoxView.class).warn("search failed for {}", text, e);
                hits = List.of();
            }
            List<Row> rows = new ArrayList<>();
            SearchKind last = null;
            for (SearchHit h : hits) {
                if (h.kind() != last) {
                    rows.add(new Row(h.kind(), null));
                    last = h.kind();
                }
                rows.add(new Row(null, h));
            }
            Platform.runLater(() -> {
                if (gen == generation.get()) {
                    results.getItems().setAll(rows);
                    selectNextHit(0);
                    show();
                }
            });
        });
    }

    private void show() {
        if (field.getScene() == null || field.getScene().getWindow() == null) {
            return;
        }
        Bounds b = field.localToScreen(field.getBoundsInLocal());
        if (b == null) {
            return;
        }
        if (!popup.isShowing()) {
            popup.show(field, Math.max(0, b.getMaxX() - results.getPrefWidth()), b.getMaxY());
        }
    }

    private void selectNextHit(int from) {
        for (int i = from; i < results.getItems().size(); i++) {
            if (results.getItems().get(i).hit() != null) {
                results.getSelectionModel().select(i);
                results.scrollTo(Math.max(0, i - 1));
                return;
            }
        }
    }

    private void openSelectedOrFirst() {
        Row r = results.getSelectionModel().getSelectedItem();
        if (r == null || r.hit() == null) {
            r = results.getItems().stream().filter(x -> x.hit() != null).findFirst().orElse(null);
        }
        if (r != null) {
            popup.hide();
            open.accept(r.hit().kind(), r.hit().id());
        }
    }

    /** A heading in bold, or a record: its title, and the snippet with the matched parts highlighted. */
    private static final class HitCell extends ListCell<Row> {
        @Override
        protected void updateItem(Row row, boolean empty) {
            super.updateItem(row, empty);
            setText(null);
            if (empty || row == null) {
                setGraphic(null);
                setDisable(false);
                return;
            }
            if (row.heading() != null) {
                Label l = new Label(Ui.t(row.heading().messageKey()));
                l.setStyle("-fx-font-weight: bold; -fx-text-fill: #555;");
                setGraphic(l);
                setMouseTransparent(true);
                setFocusTraversable(false);
                return;
            }
            setMouseTransparent(false);
            SearchHit h = row.hit();
            Label title = new Label(h.title());
            title.setStyle("-fx-font-weight: bold;");
            TextFlow snippet = new TextFlow();
            int at = 0;
            for (int[] m : h.marks()) {
                snippet.getChildren().add(new Text(h.snippet().substring(at, m[0])));
                Text marked = new Text(h.snippet().substring(m[0], m[1]));
                marked.setStyle("-fx-font-weight: bold; -fx-fill: #c0392b;");
                snippet.getChildren().add(marked);
                at = m[1];
            }
            snippet.getChildren().add(new Text(h.snippet().substring(at)));
            snippet.setMaxWidth(520);
            VBox box = new VBox(2, title, snippet);
            box.setPadding(new Insets(2, 0, 2, 12));
            setGraphic(box);
        }
    }
}
