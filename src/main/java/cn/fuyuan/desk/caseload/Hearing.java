package cn.fuyuan.desk.caseload;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/** One hearing (开庭) of a case, with one appearance row per defendant agency. */
public record Hearing(Integer id, LocalDate date, LocalTime time, String place, List<Appearance> appearances) {
    public Hearing {
        appearances = appearances == null ? List.of() : List.copyOf(appearances);
    }

    public Hearing withAppearances(List<Appearance> list) {
        return new Hearing(id, date, time, place, list);
    }
}
