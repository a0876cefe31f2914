package vn.qms.stats.schedule;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import vn.qms.stats.system.io.HardLinks;

/**
 * The files of the input folder that are ready to read: not ignored by name
 * ({@code *.part}, {@code ~$*}, {@code .~lock*}, hidden files, the product's own result
 * files {@code *.result.json} and {@code *.result.txt}), and whose size and modification
 * time have not changed for the stability window, measured by the modification time and
 * by two looks at least {@link #RECHECK} apart (across polls, or a short re-check within
 * one). A symbolic link is never ready: it is never followed. Nor is a file with other
 * names (hard links, {@link HardLinks}), which may be a second name of a file kept
 * elsewhere that whoever put it here may not read.
 */
class InputFolder {

	static final Duration RECHECK = Duration.ofSeconds(1);

	private final Map<Path, Look> seen = new ConcurrentHashMap<>();

	private final Set<Path> linksTold = ConcurrentHashMap.newKeySet();

	/** One look at a file: what it was, and when we looked. */
	record Look(Path file, long size, long modified, long at) {

		boolean sameFile(Look other) {
			return other != null && this.size == other.size && this.modified == other.modified;
		}

	}

	static boolean ignored(Path file) {
		String name = file.getFileName().toString();
		String lower = name.toLowerCase(Locale.ROOT);
		return name.startsWith(".") || name.startsWith("~$") || lower.endsWith(".part") || isResult(lower);
	}

	/**
	 * The product's own result files ({@code <name>.result.json}, {@code .result.txt}):
	 * never a submission, even when one is put back into the input folder.
	 */
	private static boolean isResult(String lowerName) {
		return lowerName.endsWith(".result.json") || lowerName.endsWith(".result.txt");
	}

	/** The ready files, in name order. */
	List<Look> ready(Path folder, Duration stableFor) throws IOException {
		List<Look> ready = new ArrayList<>();
		List<Look> recheck = new ArrayList<>();
		long now = System.currentTimeMillis();
		List<Path> files = list(folder);
		this.seen.keySet().retainAll(files);
		for (Path file : files) {
			Optional<Look> look = look(file, now);
			if (look.isEmpty() || now - look.get().modified() < stableFor.toMillis()) {
				look.ifPresent((current) -> this.seen.put(file, current));
				continue;
			}
			Look before = this.seen.get(file);
			if (look.get().sameFile(before) && now - before.at() >= RECHECK.toMillis()) {
				ready.add(look.get());
			}
			else {
				this.seen.put(file, look.get());
				recheck.add(look.get());
			}
		}
		ready.addAll(recheck(recheck));
		ready.sort((a, b) -> a.file().compareTo(b.file()));
		return ready;
	}

	/** Looks again, after a short wait, at files seen for the first time. */
	private List<Look> recheck(List<Look> firstLooks) {
		if (firstLooks.isEmpty()) {
			return List.of();
		}
		try {
			Thread.sleep(RECHECK.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return List.of();
		}
		long now = System.currentTimeMillis();
		List<Look> ready = new ArrayList<>();
		for (Look first : firstLooks) {
			look(first.file(), now).filter(first::sameFile).ifPresent(ready::add);
		}
		return ready;
	}

	/**
	 * The symbolic links and the files with other names (hard links) of the folder not
	 * named before: never ready, never read, but named once, so that whoever put one
	 * there learns why it is not read.
	 */
	List<Path> newLinks(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		List<Path> links;
		try (Stream<Path> files = Files.list(folder)) {
			links = files.map((file) -> file.toAbsolutePath().normalize())
				.filter((file) -> !ignored(file))
				.filter((file) -> Files.isSymbolicLink(file)
						|| (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && hardLinked(file, false)))
				.sorted()
				.toList();
		}
		this.linksTold.retainAll(links);
		return links.stream().filter(this.linksTold::add).toList();
	}

	/**
	 * The file as it is now, or empty if it is gone or not a regular file (a symbolic
	 * link is not one).
	 */
	static Optional<Look> look(Path file, long now) {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
					LinkOption.NOFOLLOW_LINKS);
			if (!attributes.isRegularFile()) {
				return Optional.empty();
			}
			return Optional.of(new Look(file, attributes.size(), attributes.lastModifiedTime().toMillis(), now));
		}
		catch (NoSuchFileException ex) {
			return Optional.empty();
		}
		catch (IOException ex) {
			return Optional.empty();
		}
	}

	private static List<Path> list(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.map((file) -> file.toAbsolutePath().normalize())
				.filter((file) -> !ignored(file))
				.filter((file) -> Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS))
				.filter((file) -> !hardLinked(file, true))
				.filter((file) -> !isHidden(file))
				.toList();
		}
	}

	/**
	 * Whether the file has other names; {@code unknown} for one whose names cannot be
	 * counted (gone meanwhile): not offered as ready, and not named as a link either.
	 */
	private static boolean hardLinked(Path file, boolean unknown) {
		try {
			return HardLinks.hasOtherNames(file);
		}
		catch (IOException ex) {
			return unknown;
		}
	}

	private static boolean isHidden(Path file) {
		try {
			return Files.isHidden(file);
		}
		catch (IOException ex) {
			return true;
		}
	}

}
