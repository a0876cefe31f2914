package vn.qms.stats.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class QuickStartTests {

	@TempDir
	Path folder;

	@Test
	void shouldRelaunchTheShortCommandsAndIngestWithC1Only() {
		assertThat(QuickStart.flags("figures", "--unit", "VN", "--period", "2020")).get()
			.asList()
			.contains("-XX:TieredStopAtLevel=1");
		assertThat(QuickStart.flags("--db", "jdbc:postgresql://h/db", "jobs", "--failed")).isPresent();
		assertThat(QuickStart.flags("--lang", "en", "inspect", "a.xlsx")).isPresent();
		// C1 only, but the JVM's usual collector: the rows of a large log make garbage
		assertThat(QuickStart.flags("ingest", "input/")).get()
			.asList()
			.contains("-XX:TieredStopAtLevel=1")
			.doesNotContain("-XX:+UseSerialGC");
	}

	@Test
	void shouldRelaunchHelpAndVersionAsShortCommands() {
		assertThat(QuickStart.flags("figures", "--help")).get().asList().contains("-XX:TieredStopAtLevel=1");
		assertThat(QuickStart.flags("serve", "-h")).isPresent();
		assertThat(QuickStart.flags("--version")).isPresent();
		assertThat(QuickStart.flags()).isPresent();
	}

	@Test
	void shouldRunTheOtherCommandsInPlace() {
		assertThat(QuickStart.flags("serve")).isEmpty();
		assertThat(QuickStart.flags("report", "review", "--unit", "VN", "--period", "2020")).isEmpty();
		// a value that looks like a command is not one
		assertThat(QuickStart.flags("--db", "figures", "serve")).isEmpty();
	}

	@Test
	void shouldUseTheExtractedCopyOnlyWhenTheBuildStampedItForThisJar() throws IOException {
		// given a jar and its copy as the build leaves them
		Path jar = Files.write(this.folder.resolve("qms-stats.jar"), new byte[] { 1, 2, 3 });
		Path copy = Files.createDirectories(this.folder.resolve("qms-stats"));
		Files.write(copy.resolve("qms-stats.jar"), new byte[] { 4 });
		Files.write(copy.resolve("qms-stats.jsa"), new byte[] { 5 });
		QuickStart quickStart = new QuickStart(jar);
		assertThat(quickStart.isCurrent()).isFalse();
		// when stamped
		Files.writeString(copy.resolve("qms-stats.stamp"), QuickStart.stamp(jar));
		// then
		assertThat(quickStart.isCurrent()).isTrue();
		// and a jar built again is not the copy's
		Files.write(jar, new byte[] { 1, 2, 3, 4 });
		assertThat(quickStart.isCurrent()).isFalse();
	}

	@Test
	void shouldGiveTheShortCommandsOneCompilerThreadUnlessTheUserSetsTheCompilers() throws Exception {
		QuickStart quickStart = new QuickStart(this.folder.resolve("qms-stats.jar"));
		List<String> flags = QuickStart.flags("figures").orElseThrow();
		assertThat(quickStart.command(flags, List.of("-Xmx256m"), "figures")).contains(QuickStart.ONE_COMPILER_THREAD);
		assertThat(QuickStart.flags("ingest", "input/").orElseThrow()).doesNotContain(QuickStart.ONE_COMPILER_THREAD);
		// a user who wants C2 back: the JVM would refuse one compiler thread and not
		// start
		for (List<String> own : List.of(List.of("-XX:TieredStopAtLevel=4"), List.of("-XX:-TieredCompilation"),
				List.of("-XX:CICompilerCount=3"))) {
			List<String> line = quickStart.command(flags, own, "figures");
			assertThat(line).as(own.toString()).doesNotContain(QuickStart.ONE_COMPILER_THREAD);
			assertThat(jvmStarts(line.subList(line.indexOf("-XX:TieredStopAtLevel=1"), line.indexOf("-cp"))))
				.as(own.toString())
				.isTrue();
		}
		assertThat(jvmStarts(flags)).isTrue();
	}

	/** Whether a JVM with these options starts ({@code -version}). */
	private static boolean jvmStarts(List<String> options) throws Exception {
		List<String> command = new java.util.ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(options);
		command.add("-version");
		Process process = new ProcessBuilder(command).redirectErrorStream(true)
			.redirectOutput(ProcessBuilder.Redirect.DISCARD)
			.start();
		return process.waitFor() == 0;
	}

	@Test
	void shouldRunACommandStartedWithoutAUtf8LocaleWithUtf8FileNamesKeepingItsLanguage() {
		// given a service started with LC_ALL=vi_VN (TCVN3 characters), and one without
		// any
		Map<String, String> legacy = new HashMap<>(Map.of("LC_ALL", "vi_VN", "PATH", "/usr/bin"));
		Map<String, String> none = new HashMap<>(Map.of("PATH", "/usr/bin"));
		Map<String, String> unicode = new HashMap<>(Map.of("LANG", "vi_VN.UTF-8"));
		// when
		QuickStart.unicodeFileNames(legacy, "ISO-8859-1", "Linux");
		QuickStart.unicodeFileNames(none, "ANSI_X3.4-1968", "Linux");
		QuickStart.unicodeFileNames(unicode, "UTF-8", "Linux");
		// then
		assertThat(legacy)
			.containsExactlyInAnyOrderEntriesOf(Map.of("LANG", "vi_VN", "LC_CTYPE", "C.UTF-8", "PATH", "/usr/bin"));
		assertThat(none).containsExactlyInAnyOrderEntriesOf(Map.of("LC_CTYPE", "C.UTF-8", "PATH", "/usr/bin"));
		assertThat(unicode).containsExactlyInAnyOrderEntriesOf(Map.of("LANG", "vi_VN.UTF-8"));
	}

	@Test
	void shouldPassTheUsersJvmOptionsAfterItsOwnSoThatTheyWin() {
		QuickStart quickStart = new QuickStart(this.folder.resolve("qms-stats.jar"));
		List<String> line = quickStart.command(List.of("-XX:+UseSerialGC"), List.of("-Xmx256m", "-Dh2.bindAddress=::1"),
				"figures", "--unit", "VN");
		assertThat(line).containsSubsequence("-XX:+UseSerialGC", "-Xmx256m", "-Dh2.bindAddress=::1",
				"-D" + QuickStart.RELAUNCHED + "=true", "-cp",
				this.folder.resolve("qms-stats").resolve("qms-stats.jar").toString(), "vn.qms.stats.cli.Main",
				"figures", "--unit", "VN");
		assertThat(line.get(1)).isEqualTo("-XX:SharedArchiveFile=" + this.folder.resolve("qms-stats/qms-stats.jsa"));
	}

}
