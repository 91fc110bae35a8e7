package org.samadhan.intake;

import org.samadhan.complaint.NewComplaint;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Placement;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.shared.ForbiddenActionException;
import org.springframework.stereotype.Component;

/**
 * An operator enters complaints only for the units their posting covers. A thana front desk
 * enters them for its own station (the station is filled in when the form leaves it out), so a
 * complaint cannot be routed into another station's inbox past the IGRS cell.
 */
@Component
class OperatorRoutesWithinPosting {

	private final Jurisdiction jurisdiction;

	OperatorRoutesWithinPosting(Jurisdiction jurisdiction) {
		this.jurisdiction = jurisdiction;
	}

	NewComplaint apply(NewComplaint request, Actor operator) {
		Unit posting = operator.posting();
		NewComplaint placed = request;
		if (request.stationId() == null && posting.stationId() != null
				&& Long.valueOf(request.districtId()).equals(posting.districtId())) {
			placed = new NewComplaint(request.channel(), request.categoryCode(), request.complainant(), request.victim(),
					request.description(), request.incident(), request.districtId(), posting.stationId());
		}
		Placement placement = placed.stationId() == null ? new Placement(placed.districtId(), null, null)
				: Placement.station(jurisdiction.unit(placed.stationId()));
		if (!jurisdiction.covers(posting, placement)) {
			throw new ForbiddenActionException("intake.outside-posting");
		}
		return placed;
	}
}
