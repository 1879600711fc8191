package cn.fuyuan.desk.ui;

/** What a section no longer shown lets go of in its controls (issue 16 §3); see {@link #dropSkins}. */
public final class SkinRelease {
    private SkinRelease() {
    }

    /**
     * The skins of the tables, lists and scroll panes of a section no longer shown go (issue 16 §3): each holds the
     * cells it last drew — a table's rows with their cells, a scroll pane's picture of its content — 5–15 MB a
     * section at a city's scale, for a screen nobody sees. The controls themselves, with their items, selection, sort
     * order and columns, stay; JavaFX gives each its default skin again when the section is shown (CSS is applied to a
     * control without a skin when it is back in the scene).
     */
    public static void dropSkins(javafx.scene.Node node) {
        if (node instanceof javafx.scene.control.TableView<?> || node instanceof javafx.scene.control.TreeTableView<?>
                || node instanceof javafx.scene.control.ListView<?> || node instanceof javafx.scene.control.ScrollPane) {
            javafx.scene.control.Control c = (javafx.scene.control.Control) node;
            if (c.getSkin() != null) {
                if (c instanceof javafx.scene.control.ScrollPane sp && sp.getContent() != null) {
                    // its content's own tables go too; and the content leaves the old skin first (a disposed
                    // ScrollPaneSkin keeps it as a child, and the next skin taking it would call the old one)
                    javafx.scene.Node inside = sp.getContent();
                    dropSkins(inside);
                    sp.setContent(null);
                    sp.setSkin(null);
                    sp.setContent(inside);
                    return;
                }
                c.setSkin(null);
                return;
            }
        }
        if (node instanceof javafx.scene.control.TabPane tabs) {
            // every tab's content, shown or not (its skin's children hold the same contents: not walked again)
            tabs.getTabs().forEach(t -> {
                if (t.getContent() != null) {
                    dropSkins(t.getContent());
                }
            });
            return;
        }
        if (node instanceof javafx.scene.control.SplitPane split) {
            split.getItems().forEach(SkinRelease::dropSkins);
            return;
        }
        if (node instanceof javafx.scene.Parent p) {
            for (javafx.scene.Node child : p.getChildrenUnmodifiable()) {
                dropSkins(child);
            }
        }
    }
}
