package vn.qms.stats.web.submit;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;
import org.springframework.core.io.Resource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

import vn.qms.stats.account.Account;
import vn.qms.stats.account.Role;
import vn.qms.stats.audit.AuditLog;
import vn.qms.stats.ingest.IngestResults;
import vn.qms.stats.ingest.IngestVerdict;
import vn.qms.stats.ingest.Problem;
import vn.qms.stats.web.Access;
import vn.qms.stats.web.NotFound;
import vn.qms.stats.web.signin.ConsoleUser;

/**
 * Submitting forms: one or many files per request, each staged and run through the same
 * ingest as the input folder; the list of submissions; each verdict with its problems and
 * result files. An agency sees only what it sent; a secretariat and a viewer also what
 * was sent from the units they cover ({@link UploadVisibility}).
 */
@Controller
class SubmitController {

	/** The most uploads the list shows. */
	private static final int LISTED = 500;

	/** When a refused account may send again, as the page says it. */
	private static final DateTimeFormatter RESETS = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

	/** Problems listed on the page; the result file has them all. */
	static final int SHOWN_PROBLEMS = 1000;

	private final UploadQueue queue;

	private final Uploads uploads;

	private final Staging staging;

	private final UploadProgress progress;

	private final UploadVisibility visibility;

	private final EarlierUploads earlier;

	private final AuditLog audit;

	private final UploadQuota quota;

	private final MessageSource messages;

	private final UploadRefusals refusals;

	private final DataSize maxFileSize;

	private final DataSize maxRequestSize;

	SubmitController(UploadQueue queue, Uploads uploads, Staging staging, UploadProgress progress,
			UploadVisibility visibility, EarlierUploads earlier, AuditLog audit, UploadQuota quota,
			MessageSource messages, UploadRefusals refusals, @Value(UploadTooLarge.MAX_FILE_SIZE) DataSize maxFileSize,
			@Value(UploadTooLarge.MAX_REQUEST_SIZE) DataSize maxRequestSize) {
		this.queue = queue;
		this.uploads = uploads;
		this.staging = staging;
		this.progress = progress;
		this.visibility = visibility;
		this.earlier = earlier;
		this.audit = audit;
		this.quota = quota;
		this.messages = messages;
		this.refusals = refusals;
		this.maxFileSize = maxFileSize;
		this.maxRequestSize = maxRequestSize;
	}

	@GetMapping("/submit")
	String form(@AuthenticationPrincipal ConsoleUser user, Model model) {
		Access.require(user.account().role() != Role.VIEWER);
		limits(model);
		return "submit/form";
	}

	/**
	 * Stages and queues the files sent, if the account's quota of the day lets them all
	 * through ({@link UploadQuota}); else none is stored and the answer is 429: the form
	 * with the limits and when they start again, or a JSON body for a client that asks
	 * for JSON and not HTML; the refusal is in the audit log ({@link UploadRefusals}).
	 */
	@PostMapping("/submit")
	Object submit(@AuthenticationPrincipal ConsoleUser user, @RequestParam("files") List<MultipartFile> files,
			HttpServletRequest request, HttpServletResponse response, Locale locale, Model model) throws IOException {
		Account account = user.account();
		Access.require(account.role() != Role.VIEWER);
		List<MultipartFile> sent = files.stream()
			.filter((file) -> !file.isEmpty()
					|| (file.getOriginalFilename() != null && !file.getOriginalFilename().isEmpty()))
			.toList();
		if (sent.isEmpty()) {
			return "redirect:/submit?none";
		}
		long bytes = sent.stream().mapToLong(MultipartFile::getSize).sum();
		List<Long> ids;
		try {
			ids = this.quota.within(account, sent.size(), bytes, () -> store(account, sent, request));
		}
		catch (UploadQuotaExceeded ex) {
			this.refusals.quota(account, sent.stream().map(MultipartFile::getOriginalFilename).toList(), ex,
					request.getRemoteAddr());
			return refused(ex, request, response, locale, model);
		}
		return "redirect:/submissions?batch=" + String.join(",", ids.stream().map(String::valueOf).toList());
	}

	private List<Long> store(Account account, List<MultipartFile> files, HttpServletRequest request)
			throws IOException {
		List<Long> ids = new ArrayList<>();
		Path folder = this.staging.newFolder();
		for (MultipartFile file : files) {
			try (InputStream in = file.getInputStream()) {
				long id = this.queue.submit(account, folder, this.staging, file.getOriginalFilename(), file.getSize(),
						in, request.getRemoteAddr());
				ids.add(id);
				this.audit.record(account.username(), "UPLOAD", account.unitCode(), null,
						"#" + id + " " + file.getOriginalFilename(), request.getRemoteAddr());
			}
		}
		return ids;
	}

	private Object refused(UploadQuotaExceeded ex, HttpServletRequest request, HttpServletResponse response,
			Locale locale, Model model) {
		String message = this.messages.getMessage("submit.quota",
				new Object[] { String.valueOf(ex.limits().maxFiles()), String.valueOf(ex.limits().maxMb()),
						String.valueOf(ex.sent().files()), megabytes(ex.sent().bytes()), String.valueOf(ex.files()),
						megabytes(ex.bytes()), RESETS.format(ex.resetsAt()), ex.resetsAt().getZone().getId() },
				locale);
		long retryAfter = Math.max(1, Duration.between(ZonedDateTime.now(), ex.resetsAt()).toSeconds());
		if (wantsJson(request)) {
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("status", HttpStatus.TOO_MANY_REQUESTS.value());
			body.put("error", HttpStatus.TOO_MANY_REQUESTS.getReasonPhrase());
			body.put("message", message);
			body.put("path", request.getRequestURI());
			body.put("maxFiles", ex.limits().maxFiles());
			body.put("maxMb", ex.limits().maxMb());
			body.put("resetsAt", ex.resetsAt().toOffsetDateTime().toString());
			return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
				.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter))
				.contentType(MediaType.APPLICATION_JSON)
				.body(body);
		}
		limits(model);
		model.addAttribute("refusal", message);
		response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfter));
		return new ModelAndView("submit/form", HttpStatus.TOO_MANY_REQUESTS);
	}

	/** The limits the form states: of one request, one file, and one account's day. */
	private void limits(Model model) {
		model.addAttribute("maxRequest", UploadTooLarge.size(this.maxRequestSize));
		model.addAttribute("maxFile", UploadTooLarge.size(this.maxFileSize));
		// the page checks the files chosen against these before sending them
		model.addAttribute("maxRequestBytes", this.maxRequestSize.toBytes());
		model.addAttribute("maxFileBytes", this.maxFileSize.toBytes());
		model.addAttribute("quotaFiles", String.valueOf(this.quota.limits().maxFiles()));
		model.addAttribute("quotaMb", String.valueOf(this.quota.limits().maxMb()));
	}

	/** A size in MB with one decimal (0.1 for anything above zero and below it). */
	static String megabytes(long bytes) {
		double mb = bytes / (1024.0 * 1024.0);
		return String.format(Locale.ROOT, "%.1f", (bytes > 0) ? Math.max(mb, 0.1) : 0.0);
	}

	/** A client that asks for JSON and not for HTML (a browser's form asks for HTML). */
	private static boolean wantsJson(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains(MediaType.APPLICATION_JSON_VALUE)
				&& !accept.contains(MediaType.TEXT_HTML_VALUE);
	}

	@GetMapping("/submissions")
	String list(@AuthenticationPrincipal ConsoleUser user, @RequestParam Optional<List<Long>> batch, Model model) {
		Predicate<Upload> visible = (upload) -> this.visibility.visible(user.account(), upload);
		List<Upload> shown = batch
			.map((ids) -> ids.stream().map(this.uploads::find).flatMap(Optional::stream).filter(visible).toList())
			.orElseGet(() -> this.uploads.latest(LISTED, visible));
		model.addAttribute("uploads", shown);
		model.addAttribute("batch", batch.isPresent());
		return "submit/list";
	}

	@GetMapping("/submissions/{id}")
	String detail(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id, Model model, Locale locale) {
		Upload upload = visibleUpload(user, id);
		model.addAttribute("upload", upload);
		Optional<IngestVerdict> verdict = upload.done() ? IngestResults.verdict(upload.path()) : Optional.empty();
		model.addAttribute("verdict", verdict.orElse(null));
		List<Problem> problems = verdict.map(IngestVerdict::problems).orElse(List.of());
		model.addAttribute("problems", problems.subList(0, Math.min(problems.size(), SHOWN_PROBLEMS)));
		model.addAttribute("problemCount", problems.size());
		model.addAttribute("shownProblems", SHOWN_PROBLEMS);
		model.addAttribute("locale", locale);
		model.addAttribute("hasAnnotated", upload.done() && IngestResults.annotatedCopy(upload.path()).isPresent());
		model.addAttribute("hasResult", upload.done() && exists(IngestResults.text(upload.path())));
		model.addAttribute("rowsRead", upload.done() ? 0 : this.progress.rowsRead(upload.path()));
		return "submit/detail";
	}

	/** The state of an upload for the page to poll. */
	@GetMapping(path = "/submissions/{id}/state", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	Map<String, Object> state(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id) {
		Upload upload = visibleUpload(user, id);
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("id", upload.id());
		state.put("status", upload.status().name());
		state.put("outcome", upload.outcome());
		state.put("rowsRead", upload.done() ? upload.rows() : this.progress.rowsRead(upload.path()));
		return state;
	}

	@GetMapping("/submissions/{id}/files/{which}")
	ResponseEntity<Resource> file(@AuthenticationPrincipal ConsoleUser user, @PathVariable long id,
			@PathVariable String which, HttpServletRequest request) {
		Upload upload = visibleUpload(user, id);
		if (!upload.done()) {
			throw new NotFound();
		}
		Path file = switch (which) {
			case "result" -> IngestResults.text(upload.path());
			case "annotated" -> IngestResults.annotatedCopy(upload.path()).orElseThrow(NotFound::new);
			case "original" -> upload.path();
			default -> throw new NotFound();
		};
		if (!exists(file)) {
			throw new NotFound();
		}
		this.audit.record(user.getUsername(), "DOWNLOAD", this.visibility.unitOf(upload), upload.periodCode(),
				"#" + id + " " + which, request.getRemoteAddr());
		Resource body = new FileSystemResource(file);
		if (which.equals("result")) {
			body = withoutEarlierName(user.account(), upload).orElse(body);
		}
		MediaType type = which.equals("result")
				? new MediaType("text", "plain", java.nio.charset.StandardCharsets.UTF_8)
				: MediaType.APPLICATION_OCTET_STREAM;
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.getFileName().toString(), java.nio.charset.StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentType(type)
			.body(body);
	}

	/**
	 * The result of a duplicate without the name of the file it repeats, for a reader who
	 * may not see that file's upload ({@link EarlierUploads}); empty when the result may
	 * be handed as written.
	 */
	private Optional<Resource> withoutEarlierName(Account reader, Upload upload) {
		Optional<IngestVerdict.Earlier> repeats = IngestResults.verdict(upload.path())
			.map(IngestVerdict::earlier)
			.filter((earlier) -> earlier.fileName() != null);
		if (repeats.isEmpty() || this.earlier.mayName(reader, repeats.get())) {
			return Optional.empty();
		}
		// never the file as written instead
		String text = IngestResults.textWithoutEarlierName(upload.path()).orElseThrow(NotFound::new);
		return Optional.of(new ByteArrayResource(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
	}

	private Upload visibleUpload(ConsoleUser user, long id) {
		Upload upload = this.uploads.find(id).orElseThrow(NotFound::new);
		Access.require(this.visibility.visible(user.account(), upload));
		return upload;
	}

	private static boolean exists(Path file) {
		return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
	}

}
