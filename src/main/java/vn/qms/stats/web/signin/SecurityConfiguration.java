package vn.qms.stats.web.signin;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;

import vn.qms.stats.account.Accounts;
import vn.qms.stats.audit.AuditLog;
import vn.qms.stats.web.SecurityHeaders;

/**
 * Every page and download needs a signed-in account; the unit each may see is checked by
 * the controllers ({@code UnitAccess}). Forms carry a CSRF token, the session cookie is
 * HttpOnly and SameSite=Strict (and Secure where {@code qms.http.secure-cookies} says
 * so), pages may not be framed, and scripts and styles come from the jar only: the
 * headers of {@link SecurityHeaders}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain consoleSecurity(HttpSecurity http, ConsoleUsers users, Accounts accounts,
			SignInThrottle throttle, AuditLog audit) throws Exception {
		// the page asked for before signing in, to go back to after (?continue)
		RequestCache pages = new HttpSessionRequestCache();
		http.authenticationProvider(new ThrottledSignIn(users, accounts, throttle, audit))
			.addFilterAfter(new SignedInAccountCheck(accounts), SecurityContextHolderFilter.class)
			.authorizeHttpRequests((requests) -> requests.requestMatchers("/login", "/css/**", "/js/**", "/favicon.ico")
				.permitAll()
				.requestMatchers("/error")
				.permitAll()
				.requestMatchers("/admin/**")
				.hasRole("ADMIN")
				.anyRequest()
				.authenticated())
			.requestCache((cache) -> cache.requestCache(pages))
			.formLogin((form) -> form.loginPage("/login")
				.successHandler(success(pages))
				.failureHandler(failure())
				.permitAll())
			.exceptionHandling((exceptions) -> exceptions.authenticationEntryPoint(signIn()))
			.logout((logout) -> logout.logoutSuccessUrl("/login?out").deleteCookies("QMS_SESSION"))
			// the values of SecurityHeaders, which Tomcat's own error page carries too
			.headers((headers) -> headers
				.contentSecurityPolicy((csp) -> csp.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.get(SecurityHeaders.REFERRER_POLICY))));
		return http.build();
	}

	/**
	 * To the sign-in page by a relative address: an absolute one would be built from the
	 * request's {@code Host} header, which any client may write.
	 */
	private static LoginUrlAuthenticationEntryPoint signIn() {
		LoginUrlAuthenticationEntryPoint entryPoint = new LoginUrlAuthenticationEntryPoint("/login");
		entryPoint.setFavorRelativeUris(true);
		return entryPoint;
	}

	/**
	 * Back to the page asked for before signing in (or to the start page), by its path:
	 * the address Spring Security saved for it was built from the request's {@code Host}
	 * header.
	 */
	private static AuthenticationSuccessHandler success(RequestCache pages) {
		SavedRequestAwareAuthenticationSuccessHandler handler = new SavedRequestAwareAuthenticationSuccessHandler();
		handler.setRequestCache(pages);
		handler.setRedirectStrategy(new PathOnlyRedirects());
		return handler;
	}

	/** One answer for every failure, so that a page does not tell which names exist. */
	private static AuthenticationFailureHandler failure() {
		return new SimpleUrlAuthenticationFailureHandler("/login?failed");
	}

}
