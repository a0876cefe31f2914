package vn.qms.stats.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * The peak heap in use during a stage, sampled every few milliseconds on a daemon thread
 * (GC notifications alone miss the peak between collections).
 */
final class HeapPeak implements AutoCloseable {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final Thread sampler;

	private volatile long peak;

	private volatile boolean running = true;

	HeapPeak() {
		System.gc();
		this.sampler = new Thread(this::sample, "heap-peak");
		this.sampler.setDaemon(true);
		this.sampler.start();
	}

	private void sample() {
		while (this.running) {
			this.peak = Math.max(this.peak, this.memory.getHeapMemoryUsage().getUsed());
			try {
				Thread.sleep(5);
			}
			catch (InterruptedException ex) {
				return;
			}
		}
	}

	long megabytes() {
		return this.peak / (1024 * 1024);
	}

	@Override
	public void close() {
		this.running = false;
		this.sampler.interrupt();
	}

}
