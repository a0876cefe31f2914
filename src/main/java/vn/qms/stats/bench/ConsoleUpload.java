package vn.qms.stats.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.qms.stats.account.Accounts;
import vn.qms.stats.account.Role;
import vn.qms.stats.ingest.worker.ParseWorkers;
import vn.qms.stats.system.QmsStatsApplication;

/**
 * {@code bench upload --rows 1000000 --db jdbc:postgresql://127.0.0.1:5432/qms_bench}: a
 * dossier log uploaded through the web console as an agency would, over HTTP (sign-in,
 * CSRF token, multipart upload), its progress polled as the page does; prints the rows
 * read every few seconds, the time to the verdict, and the peak heap of the console's JVM
 * and of its parsing workers (run it with {@code -Xmx256m} to show the bound).
 */
@Command(name = "upload", mixinStandardHelpOptions = true,
		description = "A BM04 log uploaded through the web console: progress, time, peak heaps")
public final class ConsoleUpload implements Callable<Integer> {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern BATCH = Pattern.compile("batch=(\\d+)");

	@Spec
	CommandSpec spec;

	@Option(names = "--rows", defaultValue = "1000000", paramLabel = "N")
	long rows;

	@Option(names = "--dir", paramLabel = "FOLDER", description = "Where the workbook goes (default: a temp dir)")
	Path folder;

	@Override
	public Integer call() throws Exception {
		OptionSpec option = this.spec.findOption("--db");
		String url = (option != null) ? option.getValue() : null;
		if (url == null || !url.startsWith("jdbc:postgresql:")) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"bench upload needs --db jdbc:postgresql://host:port/database (created and dropped)");
		}
		Path dir = (this.folder != null) ? Files.createDirectories(this.folder)
				: Files.createTempDirectory("qms-bench-upload");
		String server = url.substring(0, url.lastIndexOf('/') + 1);
		String name = url.substring(url.lastIndexOf('/') + 1);
		BenchCommand.admin(server, "drop database if exists " + name + " with (force)");
		BenchCommand.admin(server, "create database " + name);
		Path file = dir.resolve("bm04-upload-" + this.rows + ".xlsx");
		long generating = System.nanoTime();
		Bm04Generator.of(this.rows).write(file);
		System.out.printf("generated %,d rows (%d MB) in %.1f s%n", this.rows, Files.size(file) >> 20,
				seconds(generating));
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(QmsStatsApplication.class).run(
				"--spring.main.web-application-type=servlet", "--qms.http.port=0", "--spring.datasource.url=" + url,
				"--spring.datasource.username=postgres", "--spring.datasource.password=",
				"--qms.http.staging=" + dir.resolve("uploads"), "--qms.input=" + dir.resolve("input"),
				"--qms.output=" + dir.resolve("out"), "--logging.level.vn.qms.stats=warn");
				HeapPeak heap = new HeapPeak()) {
			String password = HexFormat.of().formatHex(new SecureRandom().generateSeed(12));
			context.getBean(Accounts.class).add("bench-agency", Role.AGENCY, "91", password.toCharArray());
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			HttpClient http = HttpClient.newBuilder()
				.cookieHandler(new CookieManager())
				.followRedirects(HttpClient.Redirect.NEVER)
				.build();
			signIn(http, base, password);
			long started = System.nanoTime();
			long id = upload(http, base, file);
			System.out.printf("uploaded in %.1f s as #%d; following its progress%n", seconds(started), id);
			String state = "";
			while (!state.contains("\"DONE\"")) {
				Thread.sleep(2000);
				state = get(http, base + "/submissions/" + id + "/state").body();
				System.out.printf("%6.1f s  %s%n", seconds(started), state);
			}
			System.out.printf(
					"verdict after %.1f s; peak heap of the console's JVM %d MB (max %d MB); "
							+ "parsing worker's %d MB%n",
					seconds(started), heap.megabytes(), Runtime.getRuntime().maxMemory() >> 20,
					context.getBean(ParseWorkers.class).peakHeapMegabytes());
		}
		finally {
			BenchCommand.admin(server, "drop database if exists " + name + " with (force)");
			Files.deleteIfExists(file);
		}
		return 0;
	}

	private static void signIn(HttpClient http, String base, String password) throws Exception {
		String token = csrf(get(http, base + "/login").body());
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=bench-agency&password=" + password + "&_csrf=" + token))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (response.headers().firstValue("Location").orElse("").contains("failed")) {
			throw new IllegalStateException("Could not sign in");
		}
	}

	/** A multipart request streamed from the file, as a browser sends it. */
	private static long upload(HttpClient http, String base, Path file) throws Exception {
		String token = csrf(get(http, base + "/submit").body());
		String boundary = "----qms" + HexFormat.of().formatHex(new SecureRandom().generateSeed(8));
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token + "\r\n--"
				+ boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + file.getFileName()
				+ "\"\r\nContent-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
		String tail = "\r\n--" + boundary + "--\r\n";
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/submit"))
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.timeout(Duration.ofMinutes(10))
			.POST(HttpRequest.BodyPublishers.concat(HttpRequest.BodyPublishers.ofString(head),
					HttpRequest.BodyPublishers.ofFile(file), HttpRequest.BodyPublishers.ofString(tail)))
			.build(), HttpResponse.BodyHandlers.ofString());
		Matcher batch = BATCH.matcher(response.headers().firstValue("Location").orElse(""));
		if (!batch.find()) {
			throw new IllegalStateException("Upload refused: HTTP " + response.statusCode());
		}
		return Long.parseLong(batch.group(1));
	}

	private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
		return http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String csrf(String page) {
		Matcher matcher = CSRF.matcher(page);
		if (!matcher.find()) {
			throw new IllegalStateException("No CSRF token on the page");
		}
		return matcher.group(1);
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

}
