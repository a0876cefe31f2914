/**
 * The figures of {@code docs/figures.md}, computed set-based in SQL
 * ({@code metrics/*.sql}, one file per figure id), on PostgreSQL and H2 alike.
 * <p>
 * The API the reports read, all for a {@link vn.qms.stats.metrics.FigureScope} (unit,
 * period, restated in today's units or not, carried forward or not):
 * <ul>
 * <li>{@link vn.qms.stats.metrics.FigureService}: {@code figures} (the unit, its
 * branches, per-procedure figures), {@code figuresByUnit} (each ministry and province, or
 * a province's districts), {@code children} and {@code childFigures} (the units directly
 * under a unit as of the period, for {@code figures --children} and drill-downs),
 * {@code trend} (the main rates over the last N periods);</li>
 * <li>{@link vn.qms.stats.metrics.UnitDetailService}: {@code byAgencyType},
 * {@code needsAttention}, {@code processingSummary};</li>
 * <li>{@link vn.qms.stats.metrics.DataQualityService}: {@code notes} (data-quality checks
 * as data) and {@code reportingStatus}.</li>
 * </ul>
 * A unit's data for a period is its latest accepted submission; detail (BM01) beats
 * summary (BM02), never both; BM04 beats BM03 for {@code on_time_rate}.
 */
package vn.qms.stats.metrics;
