package org.samadhan.review;

/** A reviewer's grade of a report (a C costs the unit marks in the ranking). */
public enum Grade {
	/** Thorough: every fact checked, action fits. */
	A,
	/** Adequate. */
	B,
	/** Weak: accepted, but counted against the unit. */
	C
}
