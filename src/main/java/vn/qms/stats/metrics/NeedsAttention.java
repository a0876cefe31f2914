package vn.qms.stats.metrics;

import java.util.List;

/**
 * What a report lists as needing attention.
 *
 * @param items bodies from BM01 detail, by list ({@link AttentionItem.Kind})
 * @param notSubmitted expected units with no data for the period
 */
public record NeedsAttention(List<AttentionItem> items, List<ReportingStatus> notSubmitted) {

	public NeedsAttention {
		items = List.copyOf(items);
		notSubmitted = List.copyOf(notSubmitted);
	}

	/** The bodies on one list. */
	public List<AttentionItem> of(AttentionItem.Kind kind) {
		return this.items.stream().filter((item) -> item.kind() == kind).toList();
	}

}
