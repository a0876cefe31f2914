package vn.qms.stats.launch;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

/**
 * A step of the build ({@code pom.xml}, after Spring Boot's repackaging): puts
 * {@link Launcher} and {@link QuickStart} at the executable jar's root and makes the
 * launcher its {@code Main-Class} ({@code Start-Class} stays the command line). The jar
 * is rewritten by the JDK's zip file system, which copies every other entry as it is: the
 * nested libraries stay stored, as Spring Boot's loader needs them. Arguments: the jar,
 * the compiled classes folder.
 */
final class LauncherInstall {

	private static final String FOLDER = "vn/qms/stats/launch/";

	/** The launcher's classes (with their nested ones), not the build's or training's. */
	private static final String GLOB = "{Launcher.class,Launcher$*.class,QuickStart.class,QuickStart$*.class,ClassDataArchive.class}";

	private LauncherInstall() {
	}

	public static void main(String[] args) throws IOException {
		Path jar = Path.of(args[0]);
		Path classes = Path.of(args[1]).resolve(FOLDER);
		try (FileSystem zip = FileSystems.newFileSystem(jar, Map.of())) {
			Path folder = Files.createDirectories(zip.getPath(FOLDER));
			try (DirectoryStream<Path> launchers = Files.newDirectoryStream(classes, GLOB)) {
				for (Path launcher : launchers) {
					Files.copy(launcher, folder.resolve(launcher.getFileName().toString()),
							StandardCopyOption.REPLACE_EXISTING);
				}
			}
			Path manifestPath = zip.getPath("META-INF/MANIFEST.MF");
			Manifest manifest;
			try (InputStream in = Files.newInputStream(manifestPath)) {
				manifest = new Manifest(in);
			}
			manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Launcher.class.getName());
			try (OutputStream out = Files.newOutputStream(manifestPath)) {
				manifest.write(out);
			}
		}
	}

}
