package cn.fuyuan.desk.store;

import static org.assertj.core.api.Assertions.assertThat;

import cn.fuyuan.desk.store.jooq.tables.records.AgreedItemRecord;
import cn.fuyuan.desk.store.jooq.tables.records.MeetingRecord;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The history holds each value as its row stores it, dates included (Audit.values through the columns' converters). */
class AuditStoredTextTest {
    @Test
    void datesAreRecordedAsTheTextTheRowHolds() {
        MeetingRecord m = new MeetingRecord().setTitle("联席会议").setHeldAt(LocalDateTime.of(2025, 3, 20, 9, 0, 30))
                .setIssuedOn(LocalDate.of(2025, 3, 21));
        var values = Audit.values(m);
        assertThat(values.get("held_at")).as("the minute the row stores, not LocalDateTime.toString()").isEqualTo("2025-03-20T09:00");
        assertThat(values.get("issued_on")).isEqualTo("2025-03-21");
        assertThat(values.get("title")).isEqualTo("联席会议");
        assertThat(Audit.toJson(values)).contains("\"held_at\":\"2025-03-20T09:00\"", "\"issued_on\":\"2025-03-21\"");

        AgreedItemRecord item = new AgreedItemRecord().setDeadline(null).setSortOrder(2);
        assertThat(Audit.values(item)).containsEntry("deadline", null).containsEntry("sort_order", 2);
    }
}
