package cn.fuyuan.desk.report;

import java.awt.image.BufferedImage;
import java.text.MessageFormat;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.ToolBar;
import javafx.scene.effect.DropShadow;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Window;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperPrintManager;

/**
 * A print preview: one page at a time, previous/next, zoom, and buttons that hand save and print back to
 * the caller ({@link #setOnSave}, {@link #setOnPrint}). Pages are rendered on a background thread.
 *
 * <p>UI texts come from the message lookup given to the constructor; keys: {@code preview.previous},
 * {@code preview.next}, {@code preview.page} (a {@link MessageFormat} pattern, {0} = page, {1} = page count),
 * {@code preview.zoomIn}, {@code preview.zoomOut}, {@code preview.savePdf}, {@code preview.saveDocx},
 * {@code preview.saveXlsx}, {@code preview.print}.
 *
 * <p>Use on the JavaFX application thread only.
 */
public class ReportPreview extends BorderPane {

    public static final float MIN_ZOOM = 0.5f;
    public static final float MAX_ZOOM = 3.0f;
    private static final float ZOOM_STEP = 1.25f;

    private static final ExecutorService RENDERER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "report-preview-render");
        t.setDaemon(true);
        return t;
    });

    private final Function<String, String> messages;
    private final Button previous;
    private final Button next;
    private final Label pageLabel = new Label();
    private final Button zoomIn;
    private final Button zoomOut;
    private final Button savePdf;
    private final Button saveDocx;
    private final Button saveXlsx;
    private final Button print;
    private final ImageView pageView = new ImageView();
    private final Label errorLabel = new Label();
    private final ReadOnlyBooleanWrapper rendering = new ReadOnlyBooleanWrapper(this, "rendering");

    private JasperPrint jasperPrint;
    private int pageIndex;
    private float zoom = 1.0f;
    private long renderGeneration;
    private Consumer<DocumentFormat> onSave;
    private Runnable onPrint;

    /** @param messages message lookup (e.g. {@code bundle::getString}); see the class comment for the keys */
    public ReportPreview(Function<String, String> messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
        previous = button("preview.previous", () -> showPage(pageIndex - 1));
        next = button("preview.next", () -> showPage(pageIndex + 1));
        zoomOut = button("preview.zoomOut", () -> setZoom(zoom / ZOOM_STEP));
        zoomIn = button("preview.zoomIn", () -> setZoom(zoom * ZOOM_STEP));
        savePdf = button("preview.savePdf", () -> save(DocumentFormat.PDF));
        saveDocx = button("preview.saveDocx", () -> save(DocumentFormat.DOCX));
        saveXlsx = button("preview.saveXlsx", () -> save(DocumentFormat.XLSX));
        print = button("preview.print", () -> {
            if (onPrint != null) {
                onPrint.run();
            }
        });
        pageLabel.setMinWidth(90);
        pageLabel.setAlignment(Pos.CENTER);

        ToolBar toolBar = new ToolBar(previous, pageLabel, next, new Separator(), zoomOut, zoomIn, new Separator(),
                savePdf, saveDocx, saveXlsx, print);
        setTop(toolBar);

        pageView.setPreserveRatio(true);
        pageView.setSmooth(true);
        pageView.setEffect(new DropShadow(8, javafx.scene.paint.Color.gray(0, 0.35)));
        errorLabel.setWrapText(true);
        errorLabel.setVisible(false);
        errorLabel.setStyle("-fx-text-fill: white;");
        StackPane paper = new StackPane(pageView, errorLabel);
        paper.setPadding(new Insets(16));
        paper.setStyle("-fx-background-color: #8a8a8a;");
        ScrollPane scroll = new ScrollPane(paper);
        scroll.setFitToWidth(true);
        scroll.setFitToHeight(true);
        scroll.setPannable(true);
        setCenter(scroll);

        setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.PAGE_DOWN) {
                showPage(pageIndex + 1);
                e.consume();
            } else if (e.getCode() == KeyCode.PAGE_UP) {
                showPage(pageIndex - 1);
                e.consume();
            }
        });
        updateControls();
    }

    public ReportPreview(JasperPrint print, Function<String, String> messages) {
        this(messages);
        setPrint(print);
    }

    private Button button(String key, Runnable action) {
        Button b = new Button(messages.apply(key));
        b.setOnAction(e -> action.run());
        b.setFocusTraversable(false);
        return b;
    }

    /** Shows another report, from its first page; null clears the preview. */
    public void setPrint(JasperPrint print) {
        this.jasperPrint = print;
        this.pageIndex = 0;
        render();
    }

    public JasperPrint getPrint() {
        return jasperPrint;
    }

    public int getPageCount() {
        return jasperPrint == null ? 0 : jasperPrint.getPages().size();
    }

    /** The zero-based index of the page shown. */
    public int getPageIndex() {
        return pageIndex;
    }

    /** Shows the page at a zero-based index (clamped to the report's pages). */
    public void showPage(int index) {
        int count = getPageCount();
        int clamped = count == 0 ? 0 : Math.max(0, Math.min(count - 1, index));
        if (clamped != pageIndex || pageView.getImage() == null) {
            pageIndex = clamped;
            render();
        }
    }

    public float getZoom() {
        return zoom;
    }

    /** Sets the zoom (1 = 72 dpi, i.e. one PDF point per pixel), clamped to [{@value #MIN_ZOOM}, {@value #MAX_ZOOM}]. */
    public void setZoom(float newZoom) {
        float clamped = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, newZoom));
        if (clamped != zoom) {
            zoom = clamped;
            render();
        }
    }

    /** Called with the chosen format when a save button is pressed; the caller asks for the file. */
    public void setOnSave(Consumer<DocumentFormat> onSave) {
        this.onSave = onSave;
        updateControls();
    }

    /** Called when the print button is pressed; see {@link ReportPrinting}. */
    public void setOnPrint(Runnable onPrint) {
        this.onPrint = onPrint;
        updateControls();
    }

    /** True while a page is being rendered in the background. */
    public ReadOnlyBooleanProperty renderingProperty() {
        return rendering.getReadOnlyProperty();
    }

    /** The page image shown, or null before the first page has been rendered. */
    public Image getPageImage() {
        return pageView.getImage();
    }

    /** The page label's text, e.g. 第 1 / 3 页. */
    public String getPageLabelText() {
        return pageLabel.getText();
    }

    private void save(DocumentFormat format) {
        if (onSave != null && jasperPrint != null) {
            onSave.accept(format);
        }
    }

    private void updateControls() {
        int count = getPageCount();
        String pattern = messages.apply("preview.page");
        pageLabel.setText(count == 0 ? "" : MessageFormat.format(pattern, String.valueOf(pageIndex + 1),
                String.valueOf(count)));
        previous.setDisable(count == 0 || pageIndex == 0);
        next.setDisable(count == 0 || pageIndex >= count - 1);
        zoomOut.setDisable(count == 0 || zoom <= MIN_ZOOM);
        zoomIn.setDisable(count == 0 || zoom >= MAX_ZOOM);
        boolean noSave = count == 0 || onSave == null;
        savePdf.setDisable(noSave);
        saveDocx.setDisable(noSave);
        saveXlsx.setDisable(noSave);
        print.setDisable(count == 0 || onPrint == null);
    }

    private void render() {
        updateControls();
        long generation = ++renderGeneration;
        JasperPrint report = jasperPrint;
        if (report == null || report.getPages().isEmpty()) {
            pageView.setImage(null);
            rendering.set(false);
            return;
        }
        int index = pageIndex;
        float pageZoom = zoom;
        // render at the screen's pixel density and scale the view back, so text stays sharp on HiDPI screens
        double outputScale = outputScale();
        rendering.set(true);
        RENDERER.execute(() -> {
            Image image;
            Throwable failure = null;
            try {
                java.awt.Image awt = JasperPrintManager.printPageToImage(report, index, (float) (pageZoom * outputScale));
                image = SwingFXUtils.toFXImage((BufferedImage) awt, null);
            } catch (JRException | RuntimeException e) {
                image = null;
                failure = e;
            }
            Image result = image;
            Throwable error = failure;
            Platform.runLater(() -> {
                if (generation != renderGeneration) {
                    return; // a newer page or zoom was asked for meanwhile
                }
                rendering.set(false);
                errorLabel.setVisible(error != null);
                if (error != null) {
                    pageView.setImage(null);
                    errorLabel.setText(String.valueOf(error.getMessage()));
                    return;
                }
                pageView.setImage(result);
                pageView.setFitWidth(result.getWidth() / outputScale);
            });
        });
    }

    private double outputScale() {
        Window window = getScene() == null ? null : getScene().getWindow();
        double scale = window == null ? 1.0 : window.getOutputScaleX();
        return scale > 0 ? scale : 1.0;
    }
}
