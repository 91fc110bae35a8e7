package org.samadhan.jurisdiction;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What lies open in the tree, as the module that keeps complaints knows it: administration asks
 * before closing a unit or moving officers, without knowing complaints itself (the complaint
 * module implements it; jurisdiction depends on no other module).
 */
public interface Workload {

	/** How many complaints placed at this unit (or within it) are not yet settled. */
	long openComplaintsAt(Unit unit);

	/** The open enquiries each officer holds (assigned, under enquiry or returned), by officer id. */
	Map<Long, List<HeldEnquiry>> enquiriesHeldBy(Collection<Long> officerIds);

	/** One open enquiry: its reference and where the complaint is placed. */
	record HeldEnquiry(String reference, Placement placement) {
	}

	/** When no module keeps complaints (a module test): nothing is open anywhere. */
	Workload NONE = new Workload() {

		@Override
		public long openComplaintsAt(Unit unit) {
			return 0;
		}

		@Override
		public Map<Long, List<HeldEnquiry>> enquiriesHeldBy(Collection<Long> officerIds) {
			return Map.of();
		}
	};
}
