package vn.qms.stats.reference.calendar;

import java.time.LocalDate;

/**
 * One row of {@code holidays.csv}: a day that differs from the Monday–Friday week.
 */
public record CalendarDay(LocalDate date, String nameVi, String nameEn, DayKind kind) {

}
