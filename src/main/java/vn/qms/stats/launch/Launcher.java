package vn.qms.stats.launch;

import java.lang.reflect.InvocationTargetException;
import java.util.OptionalInt;

/**
 * The executable jar's {@code Main-Class}, put at the jar's root by the build
 * ({@link LauncherInstall}): a command that gains by a JVM of its own with the class-data
 * archive is relaunched from the build's copy at once ({@link QuickStart}), before Spring
 * Boot's loader opens the jar's nested libraries, which alone costs half a second; every
 * other command goes on to that loader ({@code JarLauncher}) and {@code Start-Class} as a
 * plain Spring Boot jar does. Uses the JDK alone: the product's classes and libraries are
 * not on this JVM's class path.
 */
public final class Launcher {

	private static final String BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

	private Launcher() {
	}

	public static void main(String[] args) throws Exception {
		OptionalInt relaunched = QuickStart.relaunch(args);
		if (relaunched.isPresent()) {
			System.exit(relaunched.getAsInt());
		}
		try {
			Class.forName(BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
		}
		catch (InvocationTargetException ex) {
			if (ex.getCause() instanceof Exception cause) {
				throw cause;
			}
			throw ex;
		}
	}

}
