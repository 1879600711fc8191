package cn.fuyuan.desk.importing;

/** The file itself cannot be read as a table (missing, wrong type, not UTF-8, empty, bad headers). */
public class ImportFileException extends Exception {
    public ImportFileException(String message) {
        super(message);
    }
}
