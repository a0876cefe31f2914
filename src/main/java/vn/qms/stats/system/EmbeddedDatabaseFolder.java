package vn.qms.stats.system;

import com.zaxxer.hikari.HikariConfig;

import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Makes the folder of an embedded database private before the pool opens it (the pool
 * connects only when first asked, after this).
 */
class EmbeddedDatabaseFolder implements BeanPostProcessor {

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariConfig pool) {
			EmbeddedDatabase.keepPrivate(pool.getJdbcUrl());
		}
		return bean;
	}

}
