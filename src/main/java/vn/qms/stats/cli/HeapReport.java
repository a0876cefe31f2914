package vn.qms.stats.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

import vn.qms.stats.bench.StartupBench;
import vn.qms.stats.ingest.worker.ParseWorkers;

/**
 * For {@code bench startup}: with {@value #PROPERTY}{@code =FILE}, {@code ingest} writes
 * to FILE, once it is done, the peak heap of its process (the sum of the heap pools' peak
 * usage, an upper bound of the heap in use at any one time; with a small heap, the
 * collector lets it fill up to about {@code -Xmx}), the peak of its old generation alone
 * (what stays: whether it grows with the rows) and the largest peak of its idle parsing
 * workers, in MB, as {@code ingest=N}, {@code old=N} and {@code workers=N} lines (-1: no
 * worker was idle to ask). Without it, nothing.
 */
final class HeapReport {

	static final String PROPERTY = StartupBench.HEAP_REPORT;

	private HeapReport() {
	}

	static void writeIfAsked(ParseWorkers workers) {
		String file = System.getProperty(PROPERTY);
		if (file == null || file.isBlank()) {
			return;
		}
		long peak = 0;
		long old = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
				peak += pool.getPeakUsage().getUsed();
				if (pool.getName().contains("Old") || pool.getName().contains("Tenured")) {
					old += pool.getPeakUsage().getUsed();
				}
			}
		}
		String report = "ingest=" + peak / (1024 * 1024) + "\nold=" + old / (1024 * 1024) + "\nworkers="
				+ workers.peakHeapMegabytes() + "\n";
		try {
			Files.writeString(Path.of(file), report);
		}
		catch (IOException ex) {
			System.err.println("No heap report written to " + file + ": " + ex.getMessage());
		}
	}

}
