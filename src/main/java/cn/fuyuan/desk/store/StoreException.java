package cn.fuyuan.desk.store;

/**
 * A problem with the data folder or database that the user can act on (locked, newer schema,
 * not a FuYuan Desk database, failed migration restored). Its message is meant for the user.
 */
public class StoreException extends RuntimeException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
