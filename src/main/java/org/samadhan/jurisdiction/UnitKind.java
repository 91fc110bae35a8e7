package org.samadhan.jurisdiction;

/** The levels of the jurisdiction tree, from the top down. */
public enum UnitKind {
	STATE, ZONE, RANGE, DISTRICT, CIRCLE, STATION, BEAT, OUTPOST
}
