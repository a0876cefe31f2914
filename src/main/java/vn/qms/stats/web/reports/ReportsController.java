package vn.qms.stats.web.reports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

import vn.qms.stats.account.Account;
import vn.qms.stats.account.Role;
import vn.qms.stats.account.UnitAccess;
import vn.qms.stats.audit.AuditLog;
import vn.qms.stats.schedule.ReportKinds;
import vn.qms.stats.web.Access;
import vn.qms.stats.web.NotFound;
import vn.qms.stats.web.WebScope;
import vn.qms.stats.web.signin.ConsoleUser;

/**
 * Reports on demand (any kind, for a unit and period, followed while it renders) and the
 * rendered reports of the output folder, scheduled or on demand, that the account may
 * read; a file is served only by a name of that list, never by a path.
 */
@Controller
class ReportsController {

	/** {@code <kind>_<unit>_<period>.<pdf|xlsx>}, as the report assemblers name them. */
	static final Pattern REPORT_FILE = Pattern.compile("([a-z]+)_([A-Za-z0-9.-]+)_([A-Za-z0-9.-]+)\\.(pdf|xlsx)");

	private final RenderRequests requests;

	private final ReportKinds kinds;

	private final UnitAccess access;

	private final AuditLog audit;

	private final MessageSource messages;

	ReportsController(RenderRequests requests, ReportKinds kinds, UnitAccess access, AuditLog audit,
			MessageSource messages) {
		this.messages = messages;
		this.requests = requests;
		this.kinds = kinds;
		this.access = access;
		this.audit = audit;
	}

	@GetMapping("/reports")
	String page(@AuthenticationPrincipal ConsoleUser user, @RequestParam(required = false) String unit,
			@RequestParam(required = false) String period, @RequestParam(required = false) String kind, Model model)
			throws IOException {
		Account account = reader(user);
		WebScope scope = WebScope.of(account, unit, period, false);
		Access.require(this.access.canRead(account, scope.unit()));
		model.addAttribute("scope", scope);
		model.addAttribute("kinds", this.kinds.kinds());
		model.addAttribute("kind", (kind != null && this.kinds.kinds().contains(kind)) ? kind : "quarterly");
		model.addAttribute("requests",
				this.requests.latest()
					.stream()
					.filter((request) -> this.access.canRead(account, request.unit))
					.limit(20)
					.toList());
		model.addAttribute("files", files(account));
		return "reports/page";
	}

	/**
	 * Queues the report, or points to the same one already waiting; refused with 429 and
	 * the page saying why when the account, or the console, has too many waiting.
	 */
	@PostMapping("/reports")
	Object render(@AuthenticationPrincipal ConsoleUser user, @RequestParam String kind,
			@RequestParam(required = false) String unit, @RequestParam(required = false) String period,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) throws IOException {
		Account account = reader(user);
		WebScope scope = WebScope.of(account, unit, period, false);
		Access.require(this.access.canRead(account, scope.unit()));
		if (!this.kinds.kinds().contains(kind)) {
			throw new NotFound();
		}
		RenderRequests.Request asked;
		try {
			asked = this.requests.submit(account.username(), kind, scope.unit(), scope.period(), locale);
		}
		catch (RenderRefused ex) {
			page(user, scope.unit(), scope.period().code(), kind, model);
			model.addAttribute("refusal",
					this.messages.getMessage(ex.messageKey(), new Object[] { String.valueOf(ex.limit()) }, locale));
			response.setHeader(HttpHeaders.RETRY_AFTER, "60");
			return new ModelAndView("reports/page", HttpStatus.TOO_MANY_REQUESTS);
		}
		this.audit.record(account.username(), "REPORT", scope.unit(), scope.period().code(), kind,
				request.getRemoteAddr());
		return "redirect:/reports?unit=" + scope.unit() + "&period=" + scope.period().code() + "#request-" + asked.id;
	}

	@GetMapping(path = "/reports/requests/{id}/state", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> state(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id) {
		Account account = reader(user);
		RenderRequests.Request request = this.requests.find(id);
		if (request == null) {
			throw new NotFound();
		}
		Access.require(this.access.canRead(account, request.unit));
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("id", request.id);
		state.put("status", request.isDone() ? "DONE" : request.state.name());
		state.put("state", request.state.name());
		state.put("files", request.files);
		return state;
	}

	@GetMapping("/reports/files/{name}")
	ResponseEntity<FileSystemResource> file(@AuthenticationPrincipal ConsoleUser user, @PathVariable String name,
			HttpServletRequest request) {
		Account account = reader(user);
		Matcher matcher = REPORT_FILE.matcher(name);
		if (!matcher.matches()) {
			throw new NotFound();
		}
		Access.require(this.access.canRead(account, matcher.group(2)));
		Path file = this.kinds.outputFolder().resolve(name);
		if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
			throw new NotFound();
		}
		this.audit.record(account.username(), "DOWNLOAD", matcher.group(2), matcher.group(3), name,
				request.getRemoteAddr());
		MediaType type = "pdf".equals(matcher.group(4)) ? MediaType.APPLICATION_PDF
				: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.contentType(type)
			.body(new FileSystemResource(file));
	}

	/** The report files the account may read, newest first. */
	private List<ReportFile> files(Account account) throws IOException {
		Path folder = this.kinds.outputFolder();
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> listed = Files.list(folder)) {
			return listed.filter((file) -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
				.map(ReportsController::reportFile)
				.flatMap(java.util.Optional::stream)
				.filter((file) -> this.access.canRead(account, file.unit()))
				.sorted(Comparator.comparing(ReportFile::modified).reversed().thenComparing(ReportFile::name))
				.limit(300)
				.toList();
		}
	}

	private static java.util.Optional<ReportFile> reportFile(Path file) {
		Matcher matcher = REPORT_FILE.matcher(file.getFileName().toString());
		if (!matcher.matches()) {
			return java.util.Optional.empty();
		}
		try {
			LocalDateTime modified = LocalDateTime.ofInstant(Files.getLastModifiedTime(file).toInstant(),
					ZoneId.systemDefault());
			return java.util.Optional.of(new ReportFile(file.getFileName().toString(), matcher.group(1),
					matcher.group(2), matcher.group(3), modified, Files.size(file)));
		}
		catch (IOException ex) {
			return java.util.Optional.empty();
		}
	}

	private static Account reader(ConsoleUser user) {
		Access.require(user.account().role() != Role.AGENCY);
		return user.account();
	}

	/** A rendered report file. */
	record ReportFile(String name, String kind, String unit, String period, LocalDateTime modified, long size) {

	}

}
