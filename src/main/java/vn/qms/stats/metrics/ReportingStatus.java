package vn.qms.stats.metrics;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether one unit reported for a period.
 *
 * @param unitCode the unit (as it was named in the period)
 * @param grain the unit it is shown under (today's successor when restating)
 * @param unitName the grain's name
 * @param period the period asked for
 * @param expected whether the unit had to report (it existed at the period end)
 * @param state submitted, counted from another unit's summary, carried forward, or
 * missing
 * @param forms the forms it sent itself ({@code BM01}, ...), in order
 * @param lastReceivedAt when the latest of them was received, or null
 * @param carriedFrom the earlier period its data comes from when carried forward, or null
 */
public record ReportingStatus(String unitCode, String grain, String unitName, String period, boolean expected,
		State state, List<String> forms, LocalDateTime lastReceivedAt, String carriedFrom) {

	public ReportingStatus {
		forms = List.copyOf(forms);
	}

	/** How a unit's data for the period arrived. */
	public enum State {

		/** It sent at least one form itself. */
		SUBMITTED,
		/**
		 * Its counts come from a row in another unit's BM02 (the national compilation).
		 */
		IN_SUMMARY,
		/** Its data was carried forward from an earlier period, on request. */
		CARRIED_FORWARD,
		/** Nothing for the period. */
		MISSING

	}

	static final class Builder {

		private final CoveredUnit unit;

		private final String period;

		private final List<String> forms = new ArrayList<>();

		private LocalDateTime last;

		private boolean counts;

		Builder(CoveredUnit unit, String period) {
			this.unit = unit;
			this.period = period;
		}

		void add(String form, LocalDateTime receivedAt, boolean hasCounts) {
			if (form != null) {
				this.forms.add(form);
			}
			if (receivedAt != null && (this.last == null || receivedAt.isAfter(this.last))) {
				this.last = receivedAt;
			}
			this.counts |= hasCounts;
		}

		ReportingStatus build() {
			boolean carried = !this.unit.period().equals(this.period);
			State state;
			if (!this.forms.isEmpty() || this.counts) {
				state = carried ? State.CARRIED_FORWARD : this.forms.isEmpty() ? State.IN_SUMMARY : State.SUBMITTED;
			}
			else {
				state = State.MISSING;
			}
			return new ReportingStatus(this.unit.dataCode(), this.unit.grain(), this.unit.grainName(), this.period,
					this.unit.expected(), state, this.forms, this.last, carried ? this.unit.period() : null);
		}

	}

}
