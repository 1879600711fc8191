package cn.fuyuan.desk.app;

import cn.fuyuan.desk.ui.AppContext;
import cn.fuyuan.desk.ui.Ui;
import cn.fuyuan.desk.store.Database;
import cn.fuyuan.desk.store.Versions;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;

/** 关于: the versions a support call needs. */
final class AboutDialog {
    private AboutDialog() {
    }

    static String text(AppContext ctx) {
        return String.join("\n",
                Ui.t("app.name") + " " + Versions.app(),
                Ui.t("about.schema", ctx.db().schemaVersion(), Database.latestKnownVersion()),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                "JavaFX " + System.getProperty("javafx.runtime.version", "?"),
                "SQLite " + Versions.sqlite(ctx.db()),
                "jOOQ " + Versions.jooq(),
                "JasperReports " + Versions.of(net.sf.jasperreports.engine.JasperReport.class),
                "ControlsFX " + Versions.of(org.controlsfx.control.StatusBar.class),
                Ui.t("about.data", ctx.db().dataDir()),
                Ui.t("about.fonts"));
    }

    static void show(AppContext ctx) {
        Alert a = new Alert(Alert.AlertType.INFORMATION, text(ctx), new ButtonType(Ui.t("common.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE));
        a.initOwner(ctx.stage());
        a.setTitle(Ui.plain(Ui.t("menu.about")));
        a.setHeaderText(Ui.t("app.name"));
        a.showAndWait();
    }
}
