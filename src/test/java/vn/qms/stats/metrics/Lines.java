package vn.qms.stats.metrics;

import java.math.RoundingMode;
import java.util.List;
import java.util.function.Predicate;

/**
 * Figures as short lines for assertions: {@code numerator/denominator=value} for a rate
 * ({@code –} when not applicable), {@code count=value} for a count.
 */
final class Lines {

	private Lines() {
	}

	static String line(List<Figure> figures, String id, Branch branch) {
		return line(find(figures, id, (figure) -> figure.branch() == branch));
	}

	static String line(List<Figure> figures, String id, String unitCode) {
		return line(find(figures, id, (figure) -> figure.unitCode().equals(unitCode)));
	}

	static Figure find(List<Figure> figures, String id, Predicate<Figure> which) {
		return figures.stream()
			.filter((figure) -> figure.id().equals(id) && which.test(figure))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + id + " in " + figures));
	}

	static String line(Figure figure) {
		String value = (figure.value() != null)
				? figure.value().setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() : "–";
		String counts = (figure.isRate() && figure.denominator() != null)
				? plain(figure.numerator()) + "/" + plain(figure.denominator()) : plain(figure.numerator());
		return counts + "=" + value;
	}

	private static String plain(java.math.BigDecimal number) {
		return (number != null) ? number.toPlainString() : "";
	}

}
