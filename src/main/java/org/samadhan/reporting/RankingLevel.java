package org.samadhan.reporting;

/**
 * The units a monthly ranking compares. Districts are ranked across the state; circles, stations
 * and beats (beats and outposts, by the posting of the officer who held the enquiry) within their
 * district, as the SP's review reads them.
 */
public enum RankingLevel {
	BEAT, STATION, CIRCLE, DISTRICT
}
