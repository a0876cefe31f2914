package vn.qms.stats.metrics;

import java.util.function.Consumer;

/**
 * Figures written out one by one as they are computed ({@link FigureCsv#open},
 * {@link FigureJson#open}); {@link #close()} ends the document, not the stream under it.
 */
public interface FigureSink extends Consumer<Figure>, AutoCloseable {

	@Override
	void close();

}
