package vn.qms.stats.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;

/**
 * CPU seconds a stage used, on the two sides of a load: this Java process, and the
 * PostgreSQL server (every process of its cluster, the backends that ended during the
 * stage included: the postmaster's reaped children count them). On two cores the sum is
 * what decides how long a stage takes once both are busy. The server's side is read from
 * {@code /proc}, so only for a server on this machine; elsewhere it is unknown (-1).
 */
final class CpuMeter {

	private static final double TICKS_PER_SECOND = 100.0;

	/** Of {@code /proc/<pid>/stat}: the parent, own and reaped children's CPU ticks. */
	private record Stat(long parent, long own, long reaped) {
	}

	private final long postmaster;

	private CpuMeter(long postmaster) {
		this.postmaster = postmaster;
	}

	/**
	 * A meter for the server behind {@code url} (its postmaster found from a backend).
	 */
	static CpuMeter of(String url) {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet rs = statement.executeQuery("select pg_backend_pid()")) {
			rs.next();
			Stat backend = stat(Path.of("/proc", Long.toString(rs.getLong(1)), "stat"));
			return new CpuMeter((backend != null) ? backend.parent() : -1);
		}
		catch (SQLException ex) {
			return new CpuMeter(-1);
		}
	}

	/**
	 * CPU seconds so far: [this process, the server, the main thread (where the baseline
	 * and a job's steps run)], the server's -1 if unknown. The process's time less the
	 * main thread's is that of the other threads: the BM04 reader's, the garbage
	 * collector's, the JIT compiler's.
	 */
	double[] read() {
		double java = ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime() / 1e9;
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		double main = 0;
		for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
			if (info != null && info.getThreadName().equals("main")) {
				main += Math.max(0, threads.getThreadCpuTime(info.getThreadId())) / 1e9;
			}
		}
		return new double[] { java, server(), main };
	}

	private double server() {
		if (this.postmaster < 0) {
			return -1;
		}
		Stat postmaster = stat(Path.of("/proc", Long.toString(this.postmaster), "stat"));
		if (postmaster == null) {
			return -1;
		}
		long ticks = postmaster.own() + postmaster.reaped();
		try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
			for (Path process : (Iterable<Path>) processes::iterator) {
				Stat stat = stat(process.resolve("stat"));
				if (stat != null && stat.parent() == this.postmaster) {
					ticks += stat.own();
				}
			}
		}
		catch (IOException ex) {
			return -1;
		}
		return ticks / TICKS_PER_SECOND;
	}

	/** A process's {@code /proc/<pid>/stat}; null if unreadable (e.g. not a process). */
	private static Stat stat(Path file) {
		String line;
		try {
			line = Files.readString(file);
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
		// the command name, in parentheses, may hold spaces
		String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
		if (fields.length < 15) {
			return null;
		}
		// fields from the state on: 0 state, 1 ppid, 11 utime, 12 stime, 13 cutime, 14
		// cstime
		return new Stat(Long.parseLong(fields[1]), Long.parseLong(fields[11]) + Long.parseLong(fields[12]),
				Long.parseLong(fields[13]) + Long.parseLong(fields[14]));
	}

}
