/**
 * The working-day calendar of state bodies: weekends and the Vietnamese public holidays
 * of {@code config/calendar/holidays.csv}, counted in Java ({@link WorkingCalendar}) and
 * in SQL (the {@code work_calendar} table).
 */
package vn.qms.stats.reference.calendar;
