package vn.qms.stats.ingest.samples;

import java.util.List;

/** A sheet to write: its name and its rows top to bottom (null cells stay empty). */
public interface SheetLayout {

	String name();

	List<List<Object>> rows();

}
