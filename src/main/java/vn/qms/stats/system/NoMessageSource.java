package vn.qms.stats.system;

import java.util.Locale;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.AbstractApplicationContext;

/**
 * The message source of the commands' own contexts (figures, jobs, inspect, ingest): one
 * that knows no message. Their text comes from the product's message bundles, never from
 * Spring's {@link MessageSource}; but a context without a bean of that name makes a
 * {@code DelegatingMessageSource}, whose class's static set-up lists every locale of the
 * JVM ({@code Locale.getAvailableLocales()}, about 50 ms of a cold {@code figures}). The
 * full context ({@link QmsStatsApplication}, the web console's) keeps Spring Boot's own,
 * which its pages read.
 */
public final class NoMessageSource implements MessageSource {

	private NoMessageSource() {
	}

	/** Gives the context this message source, before it is refreshed. */
	public static void register(ConfigurableApplicationContext context) {
		context.getBeanFactory()
			.registerSingleton(AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME, new NoMessageSource());
	}

	@Override
	public String getMessage(String code, Object[] args, String defaultMessage, Locale locale) {
		return defaultMessage;
	}

	@Override
	public String getMessage(String code, Object[] args, Locale locale) {
		throw new NoSuchMessageException(code, locale);
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
		if (resolvable.getDefaultMessage() != null) {
			return resolvable.getDefaultMessage();
		}
		String[] codes = resolvable.getCodes();
		throw new NoSuchMessageException((codes != null && codes.length > 0) ? codes[0] : "", locale);
	}

}
