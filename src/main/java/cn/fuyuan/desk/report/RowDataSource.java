package cn.fuyuan.desk.report;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRRewindableDataSource;
import net.sf.jasperreports.engine.data.JRAbstractBeanDataSource;

/**
 * A data source over a collection of rows that may be records, maps or JavaBeans.
 *
 * <p>JasperReports' own {@code JRBeanCollectionDataSource} goes through commons-beanutils, which only
 * knows {@code getX()} accessors and therefore cannot read records ({@code name()}). Here a record
 * component is read through its accessor, a {@link Map} by key, anything else as a JavaBean.
 * A field's description, when present, names the property; otherwise its name does. Nested paths
 * ({@code a.b}) are followed one step at a time.
 */
public final class RowDataSource implements JRRewindableDataSource {

    private static final Map<Class<?>, Map<String, Method>> RECORD_ACCESSORS = new ConcurrentHashMap<>();

    private final Collection<?> rows;
    private Iterator<?> iterator;
    private Object current;

    public RowDataSource(Collection<?> rows) {
        this.rows = rows == null ? List.of() : rows;
        moveFirst();
    }

    @Override
    public boolean next() {
        if (iterator.hasNext()) {
            current = iterator.next();
            return true;
        }
        current = null;
        return false;
    }

    @Override
    public void moveFirst() {
        iterator = rows.iterator();
        current = null;
    }

    @Override
    public Object getFieldValue(JRField field) throws JRException {
        String description = field.getDescription();
        String path = description == null || description.isBlank() ? field.getName() : description.strip();
        if ("_THIS".equals(path)) {
            return current;
        }
        Object value = current;
        for (String step : path.split("\\.")) {
            if (value == null) {
                return null;
            }
            value = property(value, step);
        }
        return value;
    }

    private static Object property(Object row, String name) throws JRException {
        if (row instanceof Map<?, ?> map) {
            return map.get(name);
        }
        Class<?> type = row.getClass();
        if (type.isRecord()) {
            Method accessor = RECORD_ACCESSORS.computeIfAbsent(type, RowDataSource::accessors).get(name);
            if (accessor == null) {
                throw new JRException("Record " + type.getName() + " has no component '" + name + "'");
            }
            try {
                return accessor.invoke(row);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new JRException("Cannot read component '" + name + "' of " + type.getName(), e);
            }
        }
        return JRAbstractBeanDataSource.getBeanProperty(row, name);
    }

    private static Map<String, Method> accessors(Class<?> recordType) {
        Map<String, Method> byName = new ConcurrentHashMap<>();
        for (RecordComponent c : recordType.getRecordComponents()) {
            Method m = c.getAccessor();
            m.trySetAccessible();
            byName.put(c.getName(), m);
        }
        return byName;
    }
}
