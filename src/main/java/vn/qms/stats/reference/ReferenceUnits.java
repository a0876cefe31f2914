package vn.qms.stats.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The shipped reference units. Lookups take a date range (a period) because a code names
 * a different unit before and after the 2025 reorganisation.
 */
public interface ReferenceUnits {

	/**
	 * The unit with this code that existed during [from, to]: the one valid on {@code to}
	 * if there is one, else the latest one overlapping the range.
	 */
	Optional<Unit> find(String code, LocalDate from, LocalDate to);

	/**
	 * Units whose name or alias matches {@code name} (ignoring case, diacritics and
	 * spacing) and that existed during [from, to]. More than one result is an ambiguity
	 * for the caller.
	 */
	List<Unit> findByName(String name, LocalDate from, LocalDate to);

	/** Units of a kind that existed during [from, to], in code order. */
	List<Unit> existing(UnitKind kind, LocalDate from, LocalDate to);

	/** Every unit, every validity. */
	List<Unit> all();

}
