package org.samadhan.reporting;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.samadhan.complaint.AgeBucket;

/**
 * Which complaints a figure counts: a kind, optionally narrowed to a unit (district, circle or
 * station within the viewer's posting), an enquiry officer, an age bucket, and a period (for the
 * kinds that count what happened in a period). {@link #query()} is the query string of the list
 * endpoint that lists exactly these complaints, so a page can link every number to its list.
 */
public record CaseFilter(Kind kind, Long unitId, Long officerId, Age age, LocalDate from, LocalDate to) {

	/** What the complaints counted have in common. "Pending" means not disposed or closed (a reopened one is pending). */
	public enum Kind {
		/** Pending now. */
		PENDING(false),
		/** Pending, warned that the limit is near, not yet a defaulter. */
		NEAR_DEFAULT(false),
		/** Pending past its time limit (डिफाल्टर). */
		DEFAULTER(false),
		/** Pending and escalated at least one level up the chain. */
		ESCALATED(false),
		/** Pending with a flagged report waiting for review. */
		FLAGGED_PENDING(false),
		/** Pending after at least one return or reopen. */
		RETURNED_PENDING(false),
		/** Registered in the period. */
		REGISTERED(true),
		/** Disposed in the period (latest disposal). */
		DISPOSED(true),
		/** Disposed in the period on or before the due date. */
		DISPOSED_IN_TIME(true),
		/** Disposed in the period after the due date. */
		DISPOSED_LATE(true),
		/** Disposed in the period; the complainant said satisfied. */
		SATISFIED(true),
		/** Disposed in the period; the complainant said dissatisfied. */
		DISSATISFIED(true),
		/** Disposed in the period; the complainant answered (either way). */
		FEEDBACK_ANSWERED(true),
		/** Disposed in the period; closed without the complainant's word after the calls. */
		NO_FEEDBACK(true),
		/** Disposed in the period with a flagged report. */
		FLAGGED(true),
		/** Disposed in the period after at least one return. */
		RETURNED(true),
		/** Reopened in the period (dissatisfied, or on appeal). */
		REOPENED(true),
		/** Closed as a prohibited subject in the period. */
		SPECIAL_CLOSED(true),
		/** Defaulted in the period (whatever became of it since). */
		DEFAULTED(true);

		private final boolean periodic;

		Kind(boolean periodic) {
			this.periodic = periodic;
		}

		/** Whether the kind counts what happened between {@code from} and {@code to}. */
		public boolean periodic() {
			return periodic;
		}
	}

	/**
	 * Days since registration, as the review meeting reads pending work: the complaint module's
	 * {@link AgeBucket}s, which its lists filter by too, named here as the dashboards' links name them.
	 */
	public enum Age {
		UP_TO_7(AgeBucket.UP_TO_7), DAYS_8_TO_15(AgeBucket.DAYS_8_TO_15), DAYS_16_TO_30(AgeBucket.DAYS_16_TO_30),
		OVER_30(AgeBucket.OVER_30);

		private final AgeBucket bucket;

		Age(AgeBucket bucket) {
			this.bucket = bucket;
		}

		public String label() {
			return bucket.label();
		}

		public int minDays() {
			return bucket.minDays();
		}

		public Integer maxDays() {
			return bucket.maxDays();
		}

		public static Age of(long days) {
			return valueOf(AgeBucket.of(days).name());
		}
	}

	public CaseFilter {
		if (kind == null) {
			kind = Kind.PENDING;
		}
		if (!kind.periodic()) {
			from = null;
			to = null;
		}
	}

	public static CaseFilter of(Kind kind, Long unitId, Long officerId, Age age, LocalDate from, LocalDate to) {
		return new CaseFilter(kind, unitId, officerId, age, from, to);
	}

	CaseFilter withUnit(Long unit) {
		return new CaseFilter(kind, unit, officerId, age, from, to);
	}

	CaseFilter withOfficer(Long officer) {
		return new CaseFilter(kind, unitId, officer, age, from, to);
	}

	/** The same unit, officer and age with another kind (a pending kind drops the period). */
	public CaseFilter kind(Kind other) {
		return new CaseFilter(other, unitId, officerId, age, from, to);
	}

	CaseFilter withAge(Age bucket) {
		return new CaseFilter(kind, unitId, officerId, bucket, from, to);
	}

	/** The list endpoint's query string for exactly these complaints (e.g. {@code kind=PENDING&unit=12&age=UP_TO_7}). */
	public String query() {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("kind", kind);
		params.put("unit", unitId);
		params.put("officer", officerId);
		params.put("age", age);
		params.put("from", from);
		params.put("to", to);
		return params.entrySet()
			.stream()
			.filter(e -> e.getValue() != null)
			.map(e -> e.getKey() + "=" + e.getValue())
			.collect(Collectors.joining("&"));
	}
}
