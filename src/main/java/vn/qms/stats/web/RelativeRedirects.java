package vn.qms.stats.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.RelativeRedirectFilter;

/**
 * A redirect's {@code Location} is written as it was given (a path such as
 * {@code /login}), never made absolute from the request's {@code Host} header, which any
 * client may write. Tomcat keeps a redirect relative ({@code use-relative-redirects})
 * only for HTTP/1.1 and later: for an HTTP/1.0 request it would build
 * {@code http://<Host>/login}. This filter answers every {@code sendRedirect} itself,
 * whatever the protocol: the sign-in page, after signing in or out, and the controllers'
 * {@code redirect:} views. First of all filters, so that Spring Security's redirects pass
 * through it too; with 302, the status they have always had (the filter's own default is
 * 303).
 */
@Configuration(proxyBeanMethods = false)
class RelativeRedirects {

	@Bean
	FilterRegistrationBean<RelativeRedirectFilter> relativeRedirectFilter() {
		RelativeRedirectFilter filter = new RelativeRedirectFilter();
		filter.setRedirectStatus(HttpStatus.FOUND);
		FilterRegistrationBean<RelativeRedirectFilter> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

}
