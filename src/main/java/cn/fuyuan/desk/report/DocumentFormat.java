package cn.fuyuan.desk.report;

import java.nio.file.Path;
import java.util.Locale;

/** The file formats a report can be saved as. */
public enum DocumentFormat {
    PDF("pdf"),
    DOCX("docx"),
    XLSX("xlsx");

    private final String extension;

    DocumentFormat(String extension) {
        this.extension = extension;
    }

    /** The file extension without the dot, lower case ("pdf"). */
    public String extension() {
        return extension;
    }

    /**
     * The format named by the file's extension (case-insensitive).
     *
     * @throws IllegalArgumentException naming the file when the extension is missing or unknown
     */
    public static DocumentFormat fromFileName(Path file) {
        Path name = file == null ? null : file.getFileName();
        if (name == null) {
            throw new IllegalArgumentException("Not a file name: " + file);
        }
        String s = name.toString();
        int dot = s.lastIndexOf('.');
        String ext = dot < 0 ? "" : s.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (DocumentFormat f : values()) {
            if (f.extension.equals(ext)) {
                return f;
            }
        }
        throw new IllegalArgumentException("Unknown document format for file '" + s
                + "': expected one of .pdf, .docx, .xlsx");
    }
}
