package cn.fuyuan.desk.app;

import cn.fuyuan.desk.ui.SectionView;
import cn.fuyuan.desk.ui.Ui;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The window's menu bar: 文件, 编辑, 查看, 帮助 with mnemonics (Alt+F …) and the usual shortcuts. Each item reaches the
 * section shown through its {@link SectionView} hooks; 导入, 导出 and 打印 are shown disabled where the section has none
 * (asked each time the menu opens; their shortcuts then say so).
 */
final class MainMenu {
    /** What the menu does; the window supplies it. */
    interface Actions {
        SectionView current();

        void importFile();

        void exportList();

        void printList();

        void backup();

        void restore();

        void openDataFolder();

        void openDataFolder(Path folder);

        List<Path> recentFolders();

        void exit();

        void searchAll();

        void show(Section s);

        void help();

        void about();
    }

    private final MenuBar bar;

    MenuBar bar() {
        return bar;
    }

    MainMenu(Actions a) {
        Supplier<SectionView> cur = a::current;
        MenuItem newItem = item("menu.new", KeyCode.N, () -> cur.get().onNew());
        MenuItem save = item("menu.save", KeyCode.S, () -> cur.get().onSave());
        MenuItem imp = item("menu.import", KeyCode.I, a::importFile);
        MenuItem exp = item("menu.export", KeyCode.E, a::exportList);
        MenuItem print = item("menu.print", KeyCode.P, a::printList);
        Menu recent = new Menu(Ui.t("menu.recent"));
        recent.setId("menu.recent");
        MenuItem other = item("menu.openFolder", KeyCode.O, a::openDataFolder);
        MenuItem exit = item("menu.exit", KeyCode.Q, a::exit);
        Menu file = menu("menu.file", newItem, save, new SeparatorMenuItem(), imp, exp, print, new SeparatorMenuItem(),
                item("menu.backup", null, a::backup), item("menu.restore", null, a::restore), new SeparatorMenuItem(),
                other, recent, new SeparatorMenuItem(), exit);
        Runnable refresh = () -> {
            SectionView v = cur.get();
            imp.setDisable(!v.canImport());
            boolean list = v.shownList() != null;
            exp.setDisable(!list);
            print.setDisable(!list);
        };
        // closed, the items are enabled again so that their shortcuts always reach the section: a section (or a tab of
        // it) that has nothing to import, export or print then says so
        file.setOnHidden(e -> {
            imp.setDisable(false);
            exp.setDisable(false);
            print.setDisable(false);
        });
        file.setOnShowing(e -> {
            refresh.run();
            recent.getItems().clear();
            for (Path p : a.recentFolders()) {
                MenuItem i = new MenuItem(p.toString());
                i.setMnemonicParsing(false);
                i.setOnAction(x -> a.openDataFolder(p));
                recent.getItems().add(i);
            }
            if (recent.getItems().isEmpty()) {
                MenuItem none = new MenuItem(Ui.t("menu.recent.none"));
                none.setDisable(true);
                recent.getItems().add(none);
            }
        });

        Menu edit = menu("menu.edit", item("menu.find", KeyCode.F, () -> cur.get().onSearch()),
                item("menu.searchAll", KeyCode.K, a::searchAll));

        Menu view = menu("menu.view");
        KeyCode[] digits = {KeyCode.DIGIT1, KeyCode.DIGIT2, KeyCode.DIGIT3, KeyCode.DIGIT4, KeyCode.DIGIT5, KeyCode.DIGIT6,
                KeyCode.DIGIT7, KeyCode.DIGIT8, KeyCode.DIGIT9};
        for (Section s : Section.values()) {
            MenuItem i = new MenuItem(Ui.t(s.messageKey()));
            i.setId("menu.view." + s.name());
            if (s.ordinal() < digits.length) {
                i.setAccelerator(new KeyCodeCombination(digits[s.ordinal()], KeyCombination.SHORTCUT_DOWN));
            }
            i.setOnAction(e -> a.show(s));
            view.getItems().add(i);
        }

        MenuItem manual = item("menu.manual", null, a::help);
        manual.setAccelerator(new KeyCodeCombination(KeyCode.F1));
        MenuItem about = item("menu.about", null, a::about);
        Menu help = menu("menu.help", manual, new SeparatorMenuItem(), about);
        bar = new MenuBar(file, edit, view, help);
        bar.setId("menubar");
    }

    private static Menu menu(String key, MenuItem... items) {
        Menu m = new Menu(Ui.t(key), null, items);
        m.setId(key);
        return m;
    }

    /** An item headed by the message {@code key}; with Ctrl (Cmd on a Mac) + {@code shortcut} when given. */
    private static MenuItem item(String key, KeyCode shortcut, Runnable action) {
        MenuItem i = new MenuItem(Ui.t(key));
        i.setId(key);
        if (shortcut != null) {
            i.setAccelerator(new KeyCodeCombination(shortcut, KeyCombination.SHORTCUT_DOWN));
        }
        i.setOnAction(e -> action.run());
        return i;
    }
}
