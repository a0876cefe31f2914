package vn.qms.stats.web;

import java.time.Duration;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import vn.qms.stats.system.QmsProperties;

/**
 * The console's language: {@code qms.language} (Vietnamese) until a user picks the other
 * with {@code ?lang=en} or {@code ?lang=vi}, kept in a cookie.
 */
@Configuration(proxyBeanMethods = false)
class WebSettings implements WebMvcConfigurer {

	@Bean
	LocaleResolver localeResolver(QmsProperties properties) {
		CookieLocaleResolver resolver = new CookieLocaleResolver("QMS_LANG");
		resolver.setDefaultLocale(Locale.forLanguageTag(properties.language()));
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieHttpOnly(true);
		resolver.setCookieSameSite("Strict");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

}
