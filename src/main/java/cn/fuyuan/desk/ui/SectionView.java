package cn.fuyuan.desk.ui;

import javafx.scene.Node;

/** A screen of the main window. Shortcuts reach the screen that is shown. */
public interface SectionView {
    Node node();

    /** Called each time the section is shown (reload what may have changed elsewhere). */
    default void onShow() {
    }

    /**
     * Called each time another section is shown instead of this one (after {@link #unsaved()} allowed it): the
     * section lets go of what it loaded to show (a register's rows, figures, previews) so that a window that has
     * visited every section holds only the shown one's data; {@link #onShow()} loads it again. What the user typed
     * or chose — a form, the filters, the search text — is kept: only what can be read again is released.
     */
    default void onHide() {
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

    /** Whether 文件→导入 has something to import here (the item is disabled otherwise). */
    default boolean canImport() {
        return false;
    }

    /** 文件→导入: the section's own import (choose a file, map its columns …). */
    default void onImport() {
    }

    /**
     * The list shown now, which 文件→导出 writes as XLSX and 文件→打印 prints ({@link ListExport}); null when the
     * section shows none (both items are then disabled). Wiring a list is this one override:
     * {@code return new ListExport.Shown(title, "file-stem", table, () -> filterInWords);}
     */
    default ListExport.Shown shownList() {
        return null;
    }

    /** Shows the record with this id (a result of the global search, a reminder); a section without records ignores it. */
    default void openRecord(int id) {
    }
}
