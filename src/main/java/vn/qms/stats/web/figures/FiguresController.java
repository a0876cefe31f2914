package vn.qms.stats.web.figures;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.qms.stats.account.UnitAccess;
import vn.qms.stats.metrics.ChildScope;
import vn.qms.stats.metrics.Figure;
import vn.qms.stats.metrics.FigureCsv;
import vn.qms.stats.metrics.FigureJson;
import vn.qms.stats.metrics.FigureScope;
import vn.qms.stats.metrics.FigureService;
import vn.qms.stats.metrics.FigureSink;
import vn.qms.stats.report.FigureCharts;
import vn.qms.stats.system.QmsProperties;
import vn.qms.stats.web.Access;
import vn.qms.stats.web.WebScope;
import vn.qms.stats.web.signin.ConsoleUser;

/**
 * The figures of a unit and period: every figure with numerator and denominator, the
 * trend chart, the units directly under it (each a link one level down), the same as CSV
 * and JSON downloads, and {@code /api/figures}, the JSON of
 * {@code figures --format json}. An agency has no figures pages: it sees its own
 * submissions.
 */
@Controller
class FiguresController {

	/** The figures shown per child unit in the drill-down. */
	static final List<String> CHILD_COLUMNS = List.of("reporting_rate", "mandatory_announced_rate",
			"commune_announced_rate", "tthc_coverage_rate", "on_time_rate");

	private final FigureService figures;

	private final FigureCharts charts;

	private final UnitAccess access;

	private final QmsProperties properties;

	FiguresController(FigureService figures, FigureCharts charts, UnitAccess access, QmsProperties properties) {
		this.figures = figures;
		this.charts = charts;
		this.access = access;
		this.properties = properties;
	}

	@GetMapping("/figures")
	String page(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String period, @RequestParam(defaultValue = "false") boolean restate,
			Model model, Locale locale) {
		WebScope chosen = allowed(user, unit, period, restate);
		FigureScope scope = chosen.figureScope(this.properties);
		// the unit's own figures, as the reports show them: the per-procedure lines
		// (hundreds
		// of thousands for a province) are in the downloads only
		List<Figure> all = this.figures.unitFigures(scope);
		List<Figure> shown = all.stream()
			.filter((figure) -> "all".equals(figure.branch().code()) && chosen.unit().equals(figure.unitCode()))
			.toList();
		Map<String, Map<String, Figure>> byChild = new LinkedHashMap<>();
		List<ChildScope> children = this.figures.childFigures(scope,
				(figure) -> byChild.computeIfAbsent(figure.unitCode(), (code) -> new LinkedHashMap<>())
					.putIfAbsent(figure.id(), figure));
		model.addAttribute("scope", chosen);
		model.addAttribute("unitName", shown.isEmpty() ? chosen.unit() : shown.get(0).unitName());
		model.addAttribute("periodLabel", chosen.period().label(locale));
		model.addAttribute("figures", (shown.isEmpty() ? all : shown));
		model.addAttribute("hasData", this.figures.hasData(scope));
		model.addAttribute("children", children);
		model.addAttribute("byChild", byChild);
		model.addAttribute("childColumns", CHILD_COLUMNS);
		model.addAttribute("names", new Names(locale));
		return "figures/page";
	}

	@GetMapping("/figures/trend.png")
	ResponseEntity<byte[]> trend(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String period, @RequestParam(defaultValue = "false") boolean restate,
			Locale locale) {
		WebScope chosen = allowed(user, unit, period, restate);
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore())
			.body(this.charts.trend(chosen.figureScope(this.properties), locale));
	}

	@GetMapping("/figures.csv")
	void csv(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String period, @RequestParam(defaultValue = "false") boolean restate,
			@RequestParam(defaultValue = "false") boolean children, HttpServletResponse response) throws IOException {
		WebScope chosen = allowed(user, unit, period, restate);
		download(response, "text/csv", chosen, "csv");
		write(chosen, children, FigureCsv.open(writer(response)));
	}

	@GetMapping({ "/figures.json", "/api/figures" })
	void json(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String period, @RequestParam(defaultValue = "false") boolean restate,
			@RequestParam(defaultValue = "false") boolean children, HttpServletResponse response) throws IOException {
		WebScope chosen = allowed(user, unit, period, restate);
		download(response, MediaType.APPLICATION_JSON_VALUE, chosen, "json");
		write(chosen, children, FigureJson.open(writer(response)));
	}

	private void write(WebScope chosen, boolean children, FigureSink sink) throws IOException {
		try (sink) {
			FigureScope scope = chosen.figureScope(this.properties);
			if (children) {
				this.figures.childFigures(scope, sink);
			}
			else {
				this.figures.figures(scope, sink);
			}
		}
	}

	private static void download(HttpServletResponse response, String type, WebScope scope, String extension) {
		response.setContentType(type);
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment()
					.filename("figures_" + scope.unit() + "_" + scope.period().code() + "." + extension)
					.build()
					.toString());
	}

	private static Writer writer(HttpServletResponse response) throws IOException {
		return new PrintWriter(response.getWriter(), false);
	}

	private WebScope allowed(ConsoleUser user, String unit, String period, boolean restate) {
		WebScope chosen = WebScope.of(user.account(), unit, period, restate);
		Access.require(this.access.canReadFigures(user.account(), chosen.unit()));
		return chosen;
	}

	/** Figure names for the page, in its language. */
	record Names(Locale locale) {

		public String of(String id) {
			return FigureCharts.name(id, this.locale);
		}

	}

}
