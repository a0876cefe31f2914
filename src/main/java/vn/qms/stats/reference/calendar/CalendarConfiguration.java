package vn.qms.stats.reference.calendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The working-day calendar as a bean, read from {@code qms.calendar} or its defaults.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	@Bean
	CalendarSource calendarSource(@Value("${qms.calendar:}") String file) {
		return CalendarSource.locate(file);
	}

	@Bean
	WorkingCalendar workingCalendar(CalendarSource calendarSource) {
		return calendarSource.calendar();
	}

}
