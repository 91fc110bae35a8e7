package org.samadhan.complaint;

import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.samadhan.jurisdiction.OfficerRelieved;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.Workload;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Work belongs to the post, not the person. When an officer leaves a post (transfer, new roles,
 * suspension, deactivation), each open enquiry they held that the new posting does not cover waits
 * at once for another officer on the station's "to reassign" list, in the transaction that records
 * the change. And administration learns from here what lies open at a unit before closing it.
 */
@Component
class ComplaintWorkload implements Workload {

	private final Complaints complaints;

	private final ComplaintRepository repository;

	private final Clock clock;

	private final Duration appealWindow;

	ComplaintWorkload(Complaints complaints, ComplaintRepository repository, Clock clock,
			@Value("${samadhan.feedback.appeal-window:P30D}") Duration appealWindow) {
		this.complaints = complaints;
		this.repository = repository;
		this.clock = clock;
		this.appealWindow = appealWindow;
	}

	@EventListener
	void on(OfficerRelieved event) {
		complaints.releaseEnquiriesOf(event.officerId(), event::keepsEnquiryAt,
				event.officerName() + " left the post: " + event.reason(), event.by());
	}

	@Override
	@Transactional(readOnly = true)
	public long openComplaintsAt(Unit unit) {
		String column = switch (unit.kind()) {
			case DISTRICT -> "district_id";
			case CIRCLE -> "circle_id";
			case STATION -> "station_id";
			// Complaints are placed at stations and above; a beat or outpost holds officers, not complaints.
			default -> null;
		};
		return column == null ? 0 : repository.openAt(column, unit.id(), clock.instant().minus(appealWindow));
	}

	@Override
	@Transactional(readOnly = true)
	public Map<Long, List<HeldEnquiry>> enquiriesHeldBy(Collection<Long> officerIds) {
		return repository.openEnquiriesHeldBy(officerIds);
	}
}
