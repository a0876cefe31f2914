package vn.qms.stats.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * The charts of the reports, drawn with JFreeChart into PNG images at print resolution:
 * lines of rates over periods, bars by unit. Text in Liberation Serif loaded from the
 * font extension on the classpath, so Vietnamese renders on a machine with no fonts.
 */
final class ReportCharts {

	private static final String FONTS = "fonts/liberation-serif/";

	private static final Font BASE = load("LiberationSerif-Regular.ttf");

	private static final Font BOLD = load("LiberationSerif-Bold.ttf");

	/** Drawn at 482 x 240 points, three pixels a point (216 dpi). */
	private static final int WIDTH = 482;

	private static final int HEIGHT = 240;

	private static final int SCALE = 3;

	private static final Color[] COLORS = { new Color(0x1f4e79), new Color(0xc00000), new Color(0x548235),
			new Color(0xbf8f00), new Color(0x7030a0), new Color(0x404040) };

	private ReportCharts() {
	}

	/**
	 * A series of a chart: its label and one rate (0..1, null when not applicable) a
	 * point.
	 */
	record Series(String label, List<BigDecimal> values) {
	}

	/** Lines of rates over the periods, as percentages. */
	static byte[] lines(String title, List<String> periods, List<Series> series, Locale locale) {
		DefaultCategoryDataset data = dataset(periods, series);
		JFreeChart chart = ChartFactory.createLineChart(title, null, null, data, PlotOrientation.VERTICAL, true, false,
				false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		LineAndShapeRenderer renderer = (LineAndShapeRenderer) plot.getRenderer();
		renderer.setDefaultShapesVisible(true);
		for (int i = 0; i < series.size(); i++) {
			renderer.setSeriesPaint(i, COLORS[i % COLORS.length]);
			renderer.setSeriesStroke(i, new BasicStroke(2f));
		}
		percentAxis(plot, locale);
		return png(chart);
	}

	/** Bars of one or more rates by unit, as percentages. */
	static byte[] bars(String title, List<String> units, List<Series> series, Locale locale) {
		DefaultCategoryDataset data = dataset(units, series);
		JFreeChart chart = ChartFactory.createBarChart(title, null, null, data, PlotOrientation.VERTICAL,
				series.size() > 1, false, false);
		theme().apply(chart);
		CategoryPlot plot = chart.getCategoryPlot();
		BarRenderer renderer = (BarRenderer) plot.getRenderer();
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setItemMargin(0.05);
		for (int i = 0; i < series.size(); i++) {
			renderer.setSeriesPaint(i, COLORS[i % COLORS.length]);
		}
		plot.getDomainAxis().setMaximumCategoryLabelLines(2);
		if (units.size() > 8) {
			plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
		}
		percentAxis(plot, locale);
		return png(chart);
	}

	private static DefaultCategoryDataset dataset(List<String> categories, List<Series> series) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Series one : series) {
			for (int i = 0; i < categories.size(); i++) {
				BigDecimal value = (i < one.values().size()) ? one.values().get(i) : null;
				data.addValue((value != null) ? value.doubleValue() : null, one.label(), categories.get(i));
			}
		}
		return data;
	}

	private static void percentAxis(CategoryPlot plot, Locale locale) {
		NumberAxis axis = (NumberAxis) plot.getRangeAxis();
		axis.setRange(0, 1.05);
		NumberFormat percent = NumberFormat.getPercentInstance(locale);
		percent.setMaximumFractionDigits(0);
		axis.setNumberFormatOverride(percent);
		plot.setBackgroundPaint(Color.WHITE);
		plot.setRangeGridlinePaint(Color.LIGHT_GRAY);
		plot.setOutlineVisible(false);
	}

	private static StandardChartTheme theme() {
		StandardChartTheme theme = new StandardChartTheme("QMS Stats");
		theme.setExtraLargeFont(BOLD.deriveFont(13f));
		theme.setLargeFont(BASE.deriveFont(11f));
		theme.setRegularFont(BASE.deriveFont(10f));
		theme.setSmallFont(BASE.deriveFont(9f));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setLegendBackgroundPaint(Color.WHITE);
		return theme;
	}

	private static byte[] png(JFreeChart chart) {
		BufferedImage image = new BufferedImage(WIDTH * SCALE, HEIGHT * SCALE, BufferedImage.TYPE_INT_RGB);
		Graphics2D g2 = image.createGraphics();
		try {
			g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g2.scale(SCALE, SCALE);
			chart.draw(g2, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
		}
		finally {
			g2.dispose();
		}
		try {
			return ChartUtils.encodeAsPNG(image);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Loads a font of the extension and registers it with this process, since wrapped
	 * labels look their font up by name (an unregistered name falls back to a sans
	 * serif).
	 */
	private static Font load(String file) {
		String resource = FONTS + file;
		try (InputStream in = ReportCharts.class.getClassLoader().getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Chart font not on the classpath: " + resource);
			}
			Font font = Font.createFont(Font.TRUETYPE_FONT, in);
			GraphicsEnvironment.getLocalGraphicsEnvironment().registerFont(font);
			return font;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("Chart font unreadable: " + resource, ex);
		}
	}

}
