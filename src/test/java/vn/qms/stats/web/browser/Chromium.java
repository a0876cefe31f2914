package vn.qms.stats.web.browser;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * One headless Chromium per test class, driven through the system's chromedriver (so that
 * Selenium Manager never goes to the network), handed to test methods as a
 * {@link Browser} pointed at the console the Spring test started. Where Chromium or its
 * driver is missing, or the browser does not start, the class is skipped with a message
 * saying so, except under {@code CI=true}, where it fails.
 */
final class Chromium implements ExecutionCondition, BeforeEachCallback, ParameterResolver, TestWatcher {

	static final Path CHROMIUM = Path.of(System.getProperty("qms.test.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("qms.test.chromedriver", "/usr/bin/chromedriver"));

	/**
	 * Selenium's DevTools has no bindings for every Chromium and says so; the raw CDP
	 * commands used here need none (held here, so that its level is kept).
	 */
	private static final Logger DEVTOOLS = Logger.getLogger("org.openqa.selenium.devtools");

	static {
		DEVTOOLS.setLevel(Level.SEVERE);
	}

	private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(Chromium.class);

	/**
	 * Starts the class's browser before its console: without Chromium or its driver, or
	 * when the browser does not start, the class is skipped with the reason (under
	 * {@code CI=true} it fails).
	 */
	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		if (context.getTestMethod().isPresent()) {
			return ConditionEvaluationResult.enabled("the class's browser is running");
		}
		for (Path needed : List.of(CHROMIUM, CHROMEDRIVER)) {
			if (!Files.isExecutable(needed)) {
				return unavailable(needed + " is missing: install Debian's chromium and chromium-driver"
						+ " (apt-get install chromium chromium-driver) to run the browser tests");
			}
		}
		try {
			Path downloads = Files.createTempDirectory("qms-browser-downloads");
			try {
				Browser browser = new Browser(start(downloads), downloads);
				context.getStore(NAMESPACE).put(Browser.class, browser);
				browser.fixViewport();
				browser.allowDownloads();
			}
			catch (WebDriverException ex) {
				Files.deleteIfExists(downloads);
				return unavailable(
						"Chromium did not start: " + String.valueOf(ex.getMessage()).lines().findFirst().orElse(""));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return ConditionEvaluationResult.enabled("Chromium started");
	}

	private static ChromeDriver start(Path downloads) {
		// Selenium's DevTools has no bindings for every Chromium; the raw CDP commands
		// used
		// here need none
		Logger.getLogger("org.openqa.selenium.devtools").setLevel(Level.SEVERE);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		ChromeOptions options = new ChromeOptions();
		options.setBinary(new File(CHROMIUM.toString()));
		options.addArguments("--headless=new", "--window-size=" + Browser.WIDTH + "," + Browser.HEIGHT,
				"--force-device-scale-factor=1", "--disable-dev-shm-usage", "--disable-gpu", "--lang=vi-VN",
				"--no-first-run", "--disable-extensions");
		if ("root".equals(System.getProperty("user.name"))) {
			// Chromium's sandbox refuses to run as root
			options.addArguments("--no-sandbox");
		}
		Map<String, Object> preferences = new HashMap<>();
		preferences.put("download.default_directory", downloads.toString());
		preferences.put("download.prompt_for_download", false);
		preferences.put("plugins.always_open_pdf_externally", true);
		options.setExperimentalOption("prefs", preferences);
		return new ChromeDriver(service, options);
	}

	private static ConditionEvaluationResult unavailable(String message) {
		if (ci()) {
			throw new IllegalStateException("CI=true and " + message);
		}
		return ConditionEvaluationResult.disabled(message);
	}

	private static boolean ci() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	@Override
	public void beforeEach(ExtensionContext context) {
		browser(context).signOut();
	}

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == Browser.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		Browser browser = browser(context);
		String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
		browser.console("http://127.0.0.1:" + port);
		return browser;
	}

	@Override
	public void testFailed(ExtensionContext context, Throwable cause) {
		Optional.ofNullable(context.getParent().orElseThrow().getStore(NAMESPACE).get(Browser.class, Browser.class))
			.ifPresent((browser) -> browser
				.keepForDiagnosis(context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName()));
	}

	private static Browser browser(ExtensionContext context) {
		ExtensionContext classContext = context.getTestMethod().isPresent() ? context.getParent().orElseThrow()
				: context;
		return classContext.getStore(NAMESPACE).get(Browser.class, Browser.class);
	}

}
