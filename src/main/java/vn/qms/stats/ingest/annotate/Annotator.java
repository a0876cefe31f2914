package vn.qms.stats.ingest.annotate;

import java.nio.file.Path;
import java.util.List;

import vn.qms.stats.ingest.Problem;

/**
 * Writes the annotated copy of a rejected workbook: in a parsing worker (the product's
 * way, since it opens the untrusted file) or in this process ({@link AnnotatedCopy},
 * inside the worker). Never throws: a copy that cannot be made is a note.
 */
@FunctionalInterface
public interface Annotator {

	Annotation write(Path workbook, List<Problem> problems);

}
