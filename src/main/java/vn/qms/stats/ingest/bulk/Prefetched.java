package vn.qms.stats.ingest.bulk;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * An iterator read ahead, in blocks, by a thread of its own: the sheet's XML is inflated
 * and scanned on one core while the rows are checked and handed over on the other. What
 * the source throws is thrown here, after the elements before it, as it was thrown.
 */
final class Prefetched<T> implements Iterator<T>, AutoCloseable {

	private static final int BLOCK = 1000;

	/** A block of elements, or how the source ended. */
	private record Block<T>(List<T> elements, Throwable failure, boolean last) {
	}

	private final BlockingQueue<Block<T>> queue = new ArrayBlockingQueue<>(4);

	private final Thread reader;

	private Iterator<T> current = List.<T>of().iterator();

	private Block<T> ended;

	Prefetched(Iterator<T> source, String name) {
		this.reader = new Thread(() -> read(source), name);
		this.reader.setDaemon(true);
		this.reader.start();
	}

	private void read(Iterator<T> source) {
		List<T> block = new ArrayList<>(BLOCK);
		try {
			while (source.hasNext()) {
				block.add(source.next());
				if (block.size() == BLOCK) {
					this.queue.put(new Block<>(block, null, false));
					block = new ArrayList<>(BLOCK);
				}
			}
			this.queue.put(new Block<>(block, null, true));
		}
		catch (InterruptedException ex) {
			// closed: nobody reads on
			Thread.currentThread().interrupt();
		}
		catch (Throwable ex) {
			try {
				this.queue.put(new Block<>(block, ex, true));
			}
			catch (InterruptedException interrupted) {
				Thread.currentThread().interrupt();
			}
		}
	}

	@Override
	public boolean hasNext() {
		while (!this.current.hasNext()) {
			if (this.ended != null) {
				if (this.ended.failure() != null) {
					Throwable failure = this.ended.failure();
					this.ended = new Block<>(List.of(), null, true);
					throw Prefetched.<RuntimeException>sneaky(failure);
				}
				return false;
			}
			Block<T> block = take();
			this.current = block.elements().iterator();
			if (block.last()) {
				this.ended = block;
			}
		}
		return true;
	}

	@Override
	public T next() {
		if (!hasNext()) {
			throw new NoSuchElementException();
		}
		return this.current.next();
	}

	private Block<T> take() {
		try {
			return this.queue.take();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while reading ahead", ex);
		}
	}

	@Override
	public void close() {
		this.reader.interrupt();
	}

	/** Throws what the source threw, checked or not, as it was. */
	@SuppressWarnings("unchecked")
	private static <E extends Throwable> E sneaky(Throwable failure) throws E {
		throw (E) failure;
	}

}
