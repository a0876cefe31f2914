package vn.qms.stats.system;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default embedded database as a user meets it: {@code serve} in one JVM holds it, an
 * {@code ingest} in a second JVM still uses it (through H2's automatic server), and yet
 * nobody but the owner can reach it: the server listens on the loopback interface only,
 * and the folder with the database and its lock file (which holds the server's key) is
 * the owner's alone.
 */
class EmbeddedDatabaseFunctionalTests {

	@TempDir
	Path work;

	@Test
	void shouldServeASecondProcessWhileListeningOnLoopbackOnlyFromAPrivateFolder() throws Exception {
		Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "needs Linux's /proc/net/tcp");
		// given serve running on the default database, ./data/qms-stats
		Files.createDirectories(this.work.resolve("input"));
		Path drop = Files.createDirectories(this.work.resolve("drop"));
		Path sample = Files.copy(Path.of("input-samples/bm02_quoc-gia_2020.xlsx"),
				drop.resolve("bm02_quoc-gia_2020.xlsx"));
		Process serve = start("serve.log", "serve", "--port", "0", "--input", "input", "--out", "out");
		try {
			Path lock = this.work.resolve("data/qms-stats.lock.db");
			String server = awaitServer(lock, serve, Duration.ofSeconds(120));
			int port = Integer.parseInt(server.substring(server.lastIndexOf(':') + 1));
			// when a second process ingests a file into it
			Process ingest = start("ingest.log", "ingest", sample.toString());
			assertThat(ingest.waitFor(180, TimeUnit.SECONDS)).as(() -> log("ingest.log")).isTrue();
			// then
			assertThat(ingest.exitValue()).as(() -> log("ingest.log")).isZero();
			assertThat(log("ingest.log")).contains("bm02_quoc-gia_2020.xlsx");
			assertThat(serve.isAlive()).as(() -> log("serve.log")).isTrue();
			assertThat(listening(port)).isNotEmpty().containsOnly("127.0.0.1");
			// and the web console too listens on loopback only
			Matcher console = Pattern.compile("http://127\\.0\\.0\\.1:(\\d+)/").matcher(log("serve.log"));
			assertThat(console.find()).as(() -> log("serve.log")).isTrue();
			assertThat(listening(Integer.parseInt(console.group(1)))).isNotEmpty().containsOnly("127.0.0.1");
			assertThat(Files.getPosixFilePermissions(this.work.resolve("data"))).containsExactlyInAnyOrder(
					PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_EXECUTE);
		}
		finally {
			serve.destroy();
			if (!serve.waitFor(60, TimeUnit.SECONDS)) {
				serve.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
	}

	private Process start(String log, String... command) throws IOException {
		List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
				"-Xmx384m", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
				"vn.qms.stats.cli.Main", "--lang", "en"));
		line.addAll(List.of(command));
		return new ProcessBuilder(line).directory(this.work.toFile())
			.redirectErrorStream(true)
			.redirectOutput(this.work.resolve(log).toFile())
			.start();
	}

	private String log(String name) {
		try {
			Path file = this.work.resolve(name);
			return Files.exists(file) ? Files.readString(file) : "";
		}
		catch (IOException ex) {
			return "(unreadable: " + ex.getMessage() + ")";
		}
	}

	/** The {@code server} (address:port) H2 writes into the lock file once it listens. */
	private String awaitServer(Path lock, Process serve, Duration timeout) throws Exception {
		long deadline = System.nanoTime() + timeout.toNanos();
		while (System.nanoTime() < deadline && serve.isAlive()) {
			if (Files.isReadable(lock)) {
				Properties properties = new Properties();
				try (Reader reader = Files.newBufferedReader(lock)) {
					properties.load(reader);
				}
				catch (IOException ex) {
					// being written: read again
				}
				if (properties.getProperty("server") != null) {
					return properties.getProperty("server");
				}
			}
			Thread.sleep(250);
		}
		throw new AssertionError("No H2 server in " + lock + " within " + timeout + "\n" + log("serve.log"));
	}

	/** The local addresses of the sockets listening on {@code port}, from /proc/net. */
	private static List<String> listening(int port) throws IOException {
		List<String> addresses = new ArrayList<>();
		for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
			Path file = Path.of(table);
			if (!Files.isReadable(file)) {
				continue;
			}
			for (String line : Files.readAllLines(file).subList(1, Files.readAllLines(file).size())) {
				String[] fields = line.trim().split("\\s+");
				String[] local = fields[1].split(":");
				if ("0A".equals(fields[3]) && Integer.parseInt(local[1], 16) == port) {
					addresses.add(address(local[0]));
				}
			}
		}
		return addresses;
	}

	/**
	 * {@code 0100007F} is 127.0.0.1; an IPv6 address is shown as its hex unless known.
	 */
	private static String address(String hex) {
		if (hex.length() == 8) {
			StringBuilder ip = new StringBuilder();
			for (int i = 3; i >= 0; i--) {
				ip.append(Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16)).append((i > 0) ? "." : "");
			}
			return ip.toString();
		}
		if (hex.equals("00000000000000000000000001000000")) {
			return "::1";
		}
		if (hex.equals("0000000000000000FFFF00000100007F")) {
			return "127.0.0.1";
		}
		return hex.matches("0+") ? "::" : hex;
	}

}
