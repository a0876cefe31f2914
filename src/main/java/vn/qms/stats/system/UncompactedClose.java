package vn.qms.stats.system;

import com.zaxxer.hikari.HikariConfig;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * The read commands ({@code figures}, {@code jobs}) leave the embedded database's file as
 * it is when they close it: H2 compacts it for up to 200 ms at each close, which was a
 * tenth of a cold {@code figures} (docs/benchmarks.md). Writing is left to the commands
 * that write ({@code ingest}, {@code demo}, {@code serve}), whose close compacts it.
 */
class UncompactedClose implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariConfig pool && pool.getJdbcUrl() != null) {
			pool.setJdbcUrl(EmbeddedDatabase.withoutCompactionOnClose(pool.getJdbcUrl()));
		}
		return bean;
	}

}
