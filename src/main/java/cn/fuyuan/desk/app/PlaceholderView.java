package cn.fuyuan.desk.app;

import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** A section that a later release builds: it says what it will hold and shows no invented data. */
public final class PlaceholderView implements SectionView {
    private final VBox root;

    public PlaceholderView(Section section) {
        Label what = new Label(Ui.t(section.messageKey() + ".placeholder"));
        what.setWrapText(true);
        what.setId("placeholder.text");
        root = new VBox(12, Ui.title(section.messageKey()), what, new Label(Ui.t("placeholder.notYet")));
        root.setPadding(new Insets(16));
    }

    @Override
    public Node node() {
        return root;
    }
}
