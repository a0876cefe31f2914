package vn.qms.stats.system;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The web console's controllers and security, in {@code serve}'s web application only:
 * every other command runs without them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
@ComponentScan("vn.qms.stats.web")
public class WebConsole {

}
