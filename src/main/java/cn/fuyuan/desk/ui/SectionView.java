package cn.fuyuan.desk.ui;

import javafx.scene.Node;

/** A screen of the main window. Shortcuts reach the screen that is shown. */
public interface SectionView {
    Node node();

    /** Called each time the section is shown (reload what may have changed elsewhere). */
    default void onShow() {
    }

    /** The screen's form that may hold unsaved changes (asked before the section is left or the window closed); null if none. */
    default cn.fuyuan.desk.ui.DirtyForm unsaved() {
        return null;
    }

    /** Ctrl+N. */
    default void onNew() {
    }

    /** Ctrl+S. */
    default void onSave() {
    }

    /** Ctrl+F. */
    default void onSearch() {
    }

    /** Shows the record with this id (a result of the global search, a reminder); a section without records ignores it. */
    default void openRecord(int id) {
    }
}
