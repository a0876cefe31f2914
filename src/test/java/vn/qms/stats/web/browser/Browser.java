package vn.qms.stats.web.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

/**
 * A headless Chromium at 1366x768 driving the console as a user does: pages opened,
 * fields typed into, buttons clicked, files downloaded into a folder of its own, and a
 * screenshot of a page into docs/screenshots/ when {@code SCREENSHOTS=1}.
 */
final class Browser implements AutoCloseable {

	static final int WIDTH = 1366;

	static final int HEIGHT = 768;

	/** Long enough for an ingest or a report on a busy two-core machine. */
	private static final Duration PATIENCE = Duration.ofSeconds(120);

	private final ChromeDriver driver;

	private final Path downloads;

	private String base;

	Browser(ChromeDriver driver, Path downloads) {
		this.driver = driver;
		this.downloads = downloads;
	}

	ChromeDriver driver() {
		return this.driver;
	}

	/** The console this browser talks to, {@code http://127.0.0.1:<port>}. */
	void console(String base) {
		this.base = base;
	}

	String url(String path) {
		return this.base + path;
	}

	Browser open(String path) {
		this.driver.get(url(path));
		return this;
	}

	/** Signs in on the sign-in page; answers whether the start page came. */
	boolean signIn(String username, String password) {
		open("/login");
		WebElement name = find(By.id("username"));
		name.clear();
		name.sendKeys(username);
		find(By.id("password")).sendKeys(password);
		find(By.id("signin")).click();
		waitUntil((driver) -> !driver.getCurrentUrl().endsWith("/login"));
		return !this.driver.getCurrentUrl().contains("/login");
	}

	/** Forgets the session, as a browser closed and opened again. */
	void signOut() {
		if (this.base != null) {
			open("/login");
		}
		this.driver.manage().deleteAllCookies();
	}

	/**
	 * Clicks a link or a form's button and waits until the page it leads to has loaded:
	 * the click itself may return while the old page still shows.
	 */
	void follow(By by) {
		WebElement page = find(By.tagName("html"));
		find(by).click();
		waitUntil(ExpectedConditions.stalenessOf(page));
		waitUntil((driver) -> "complete"
			.equals(((JavascriptExecutor) driver).executeScript("return document.readyState")));
	}

	WebElement find(By by) {
		return this.driver.findElement(by);
	}

	List<WebElement> findAll(By by) {
		return this.driver.findElements(by);
	}

	String text(By by) {
		return find(by).getText();
	}

	/** Types into a field, replacing what it held. */
	void type(By by, String text) {
		WebElement field = find(by);
		field.clear();
		field.sendKeys(text);
	}

	/**
	 * Chooses files in the file input of {@code /submit} and sends them; waits on the
	 * list of the files sent, which follows them itself, until every one has its verdict.
	 */
	void submit(Path... files) {
		open("/submit");
		find(By.id("files"))
			.sendKeys(String.join("\n", Stream.of(files).map((file) -> file.toAbsolutePath().toString()).toList()));
		find(By.id("send")).click();
		waitUntil((driver) -> driver.getCurrentUrl().contains("/submissions?batch="));
		waitUntil((driver) -> {
			List<WebElement> sent = driver.findElements(By.cssSelector("#uploads tr[data-upload]"));
			return sent.size() == files.length && driver.findElements(By.cssSelector("[data-done='false']")).isEmpty();
		});
	}

	/**
	 * Waits for a condition; an element gone because the page reloaded itself meanwhile
	 * (as pages following an upload or a report do) is asked for again.
	 */
	<T> T waitUntil(Function<WebDriver, T> condition) {
		return new WebDriverWait(this.driver, PATIENCE, Duration.ofMillis(250))
			.ignoring(StaleElementReferenceException.class)
			.until(condition);
	}

	/** The cells' text of each row of a table's body. */
	List<List<String>> rows(By table) {
		return find(table).findElements(By.cssSelector("tbody tr"))
			.stream()
			.map((row) -> row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
			.toList();
	}

	/**
	 * Clicks what starts a download and answers the file once Chromium has written it
	 * whole into the download folder.
	 */
	Path download(By link) throws IOException {
		Set<Path> before = downloaded();
		find(link).click();
		return waitUntil((driver) -> {
			try {
				Set<Path> now = downloaded();
				now.removeAll(before);
				return (now.size() == 1 && !inProgress()) ? now.iterator().next() : null;
			}
			catch (IOException ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private Set<Path> downloaded() throws IOException {
		try (Stream<Path> files = Files.list(this.downloads)) {
			return files.filter((file) -> !partial(file)).collect(Collectors.toSet());
		}
	}

	private boolean inProgress() throws IOException {
		try (Stream<Path> files = Files.list(this.downloads)) {
			return files.anyMatch(Browser::partial);
		}
	}

	private static boolean partial(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".crdownload") || name.startsWith(".com.google.Chrome");
	}

	/**
	 * Saves the page as it shows now as docs/screenshots/NAME.png, only when the system
	 * property or environment variable {@code SCREENSHOTS} is {@code 1}: normal runs
	 * leave the committed pictures alone.
	 */
	void screenshot(String name) throws IOException {
		if (!Screenshots.wanted()) {
			return;
		}
		Path file = Screenshots.folder().resolve(name + ".png");
		Files.createDirectories(file.getParent());
		Files.write(file, this.driver.getScreenshotAs(OutputType.BYTES));
	}

	/** For a failed test: the page as it was, and its HTML, under {@code target/}. */
	void keepForDiagnosis(String name) {
		try {
			Path folder = Files.createDirectories(Path.of("target", "browser-failures"));
			Files.write(folder.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
			Files.writeString(folder.resolve(name + ".html"),
					this.driver.getCurrentUrl() + "\n" + this.driver.getPageSource());
		}
		catch (IOException | RuntimeException ex) {
			// the test's own failure is what matters
		}
	}

	/**
	 * The page's viewport, made exactly 1366x768 at scale 1 whatever the window
	 * decorations.
	 */
	void fixViewport() {
		Map<String, Object> metrics = new HashMap<>();
		metrics.put("width", WIDTH);
		metrics.put("height", HEIGHT);
		metrics.put("deviceScaleFactor", 1);
		metrics.put("mobile", false);
		this.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", metrics);
	}

	/** Downloads go to the folder without a question (headless Chromium asks no one). */
	void allowDownloads() {
		this.driver.executeCdpCommand("Browser.setDownloadBehavior",
				Map.of("behavior", "allow", "downloadPath", this.downloads.toString()));
	}

	@Override
	public void close() {
		try {
			this.driver.quit();
		}
		finally {
			FileSystemUtils.deleteRecursively(this.downloads.toFile());
		}
	}

}
