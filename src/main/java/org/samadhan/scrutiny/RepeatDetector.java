package org.samadhan.scrutiny;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.ComplaintRegistered;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.SearchTerms;
import org.samadhan.jurisdiction.Actor;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Links each new complaint, as it is registered and in the same transaction, to earlier ones of
 * the window ({@code samadhan.scrutiny.repeat.window}, 90 days): from the same mobile (by the mobile
 * index), or, from another mobile, with near-identical text about the same place (by the text
 * signature's LSH bands within the district, then the whole signature, then the place) that shares
 * at least {@code shared-words} words beyond the stop words. A short complaint in common words
 * ("रात में मेरी भैंस चोरी हो गई") is what any villager who lost a buffalo writes: alone it links no
 * two people. A repeat from the same complainant about the same matter (the same category or the
 * same place) of a complaint already settled marks its disposal as failed; a link from another
 * mobile is a hint for the reviewer and fails nothing. Registration stays fast: two indexed lookups,
 * at most a few dozen candidates, and 33 small rows written.
 */
@Component
class RepeatDetector {

	private final Complaints complaints;

	private final ScrutinyRepository repository;

	private final ScrutinySettings.Repeat settings;

	private final Timer timer;

	RepeatDetector(Complaints complaints, ScrutinyRepository repository, ScrutinySettings settings,
			MeterRegistry meters) {
		this.complaints = complaints;
		this.repository = repository;
		this.settings = settings.repeat();
		this.timer = Timer.builder("samadhan.scrutiny.repeat-check")
			.description("Time to look for earlier complaints a new one repeats")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(meters);
	}

	@EventListener
	void on(ComplaintRegistered event) {
		timer.record(() -> link(event.complaint()));
	}

	List<ScrutinyRepository.StoredLink> link(ComplaintView complaint) {
		Instant at = complaint.registeredAt();
		ScrutinyRepository.SignedComplaint signed = signed(complaint.id(), complaint.reference(),
				complaint.complainant().mobile(), complaint.description(), complaint.incident().address(),
				complaint.incident().latitude(), complaint.incident().longitude(), at);
		List<Match> matches = matches(signed, complaint.description(), complaint.placement().districtId(),
				complaint.placement().stationId());
		repository.saveComplaintText(signed, complaint.placement().districtId());

		List<ScrutinyRepository.StoredLink> links = new ArrayList<>();
		for (Match match : matches) {
			ComplaintView earlier = match.earlierComplaint();
			RepeatReason reason = match.similarity() == null ? RepeatReason.SAME_MOBILE
					: match.sameMobile() ? RepeatReason.SAME_MOBILE_AND_TEXT : RepeatReason.SIMILAR_TEXT_AND_PLACE;
			ScrutinyRepository.StoredLink link = new ScrutinyRepository.StoredLink(complaint.id(), complaint.reference(),
					earlier.id(), earlier.reference(), reason, match.similarity(), match.distanceMeters(),
					earlier.status(), failsDisposal(reason, complaint, signed, match), earlier.enquiryOfficerId(),
					earlier.placement().districtId(), earlier.placement().circleId(), earlier.placement().stationId(), at);
			repository.saveLink(link);
			links.add(link);
		}
		if (!links.isEmpty()) {
			complaints.recordFact(complaint.id(), ComplaintAction.LINKED_AS_REPEAT, Actor.system(), factReason(links));
		}
		return links;
	}

	/**
	 * Whether the repeat says the earlier disposal did not settle the matter: that complaint was
	 * settled, and the same complainant came back about the same matter (the same category, or the
	 * same place). Alike texts from another mobile are as often two people's like troubles as one
	 * matter: a hint for the reviewer, never held against the officer who disposed of the first.
	 */
	private boolean failsDisposal(RepeatReason reason, ComplaintView complaint,
			ScrutinyRepository.SignedComplaint signed, Match match) {
		ComplaintView earlier = match.earlierComplaint();
		return earlier.status().isSettled() && reason.sameComplainant()
				&& (earlier.category().code().equals(complaint.category().code()) || samePlace(signed, match.earlier()));
	}

	/**
	 * The earlier complaints a complaint not yet registered would be linked to, by the same rules,
	 * writing nothing: what an operator is warned of while typing.
	 */
	List<ComplaintView> wouldLink(String mobile, String description, String address, long districtId, Long stationId,
			Instant at) {
		ScrutinyRepository.SignedComplaint signed = signed(-1, null, mobile, description, address, null, null, at);
		return matches(signed, description, districtId, stationId).stream().map(Match::earlierComplaint).toList();
	}

	private static ScrutinyRepository.SignedComplaint signed(long id, String reference, String mobile,
			String description, String address, Double latitude, Double longitude, Instant at) {
		return new ScrutinyRepository.SignedComplaint(id, reference, mobile, address, latitude, longitude, at,
				TextSignature.of(description == null ? "" : description));
	}

	/** The earlier complaints of the window this one repeats, at most {@code max-links}. */
	private List<Match> matches(ScrutinyRepository.SignedComplaint signed, String description, long districtId,
			Long stationId) {
		Instant since = signed.registeredAt().minus(settings.window());
		String mobile = signed.mobile();
		TextSignature signature = signed.signature();
		Map<Long, Match> matches = new LinkedHashMap<>();
		// A dummy or masked number is shared by strangers: it links nothing.
		if (ReportCheck.MobileMissingOrMasked.problem(mobile).isEmpty()) {
			for (ScrutinyRepository.SignedComplaint earlier : repository.byMobile(mobile, signed.complaintId(), since,
					settings.maxLinks())) {
				matches.put(earlier.complaintId(), new Match(earlier, true, null, distance(signed, earlier), null));
			}
		}
		if (!signature.isEmpty()) {
			for (ScrutinyRepository.SignedComplaint earlier : repository.byText(districtId, signed.complaintId(),
					signature.bandKeys(), since, settings.maxLinks() * 2)) {
				double similarity = signature.similarity(earlier.signature());
				if (similarity < settings.textSimilarity() || !samePlace(signed, earlier)) {
					continue;
				}
				Match before = matches.get(earlier.complaintId());
				matches.put(earlier.complaintId(),
						new Match(earlier, before != null, similarity, distance(signed, earlier), null));
			}
		}
		List<Match> kept = new ArrayList<>();
		List<String> words = null;
		for (Match match : matches.values()) {
			if (kept.size() == settings.maxLinks()) {
				break;
			}
			ComplaintView earlier = complaints.describe(match.earlier().complaintId());
			if (match.similarity() != null && !match.sameMobile()) {
				// Same station when both are known: two stations' matters are two matters.
				if (stationId != null && earlier.placement().stationId() != null
						&& !stationId.equals(earlier.placement().stationId())) {
					continue;
				}
				words = words == null ? SearchTerms.ofText(description) : words;
				if (sharedWords(words, earlier.description()) < settings.sharedWords()) {
					continue;
				}
			}
			kept.add(new Match(match.earlier(), match.sameMobile(), match.similarity(), match.distanceMeters(), earlier));
		}
		return kept;
	}

	/**
	 * How many words two texts share beyond the stop words (Lucene's Hindi and English, after
	 * normalising and stemming): alike texts of few such words say alike troubles, not one matter.
	 */
	private static int sharedWords(List<String> words, String otherText) {
		Set<String> shared = new HashSet<>(words);
		shared.retainAll(SearchTerms.ofText(otherText));
		return shared.size();
	}

	/**
	 * The same place: addresses alike (character 3-grams, {@code address-similarity}), or incident
	 * coordinates within {@code place-distance-meters} when both complaints have them.
	 */
	private boolean samePlace(ScrutinyRepository.SignedComplaint a, ScrutinyRepository.SignedComplaint b) {
		Double meters = distance(a, b);
		if (meters != null && meters <= settings.placeDistanceMeters()) {
			return true;
		}
		return TextSignature.exactSimilarity(a.address(), b.address(), 3) >= settings.addressSimilarity();
	}

	private static Double distance(ScrutinyRepository.SignedComplaint a, ScrutinyRepository.SignedComplaint b) {
		GeoPoint here = GeoPoint.ofNullable(a.latitude(), a.longitude());
		GeoPoint there = GeoPoint.ofNullable(b.latitude(), b.longitude());
		return here == null || there == null ? null : (double) Math.round(here.metersTo(there));
	}

	/**
	 * The history's reason: codes, the same in every language, and no reference. The earlier
	 * complaint may lie in another station or district (a mobile is matched statewide), and whoever
	 * reads this complaint's history must not learn of it; the repeat links name it to those who may
	 * open it.
	 */
	private static String factReason(List<ScrutinyRepository.StoredLink> links) {
		List<String> parts = new ArrayList<>();
		for (ScrutinyRepository.StoredLink link : links) {
			parts.add(link.reason().name()
					+ (link.failedDisposal() ? " FAILED_DISPOSAL (" + link.earlierStatus().name() + ")" : ""));
		}
		return String.join("; ", parts);
	}

	private record Match(ScrutinyRepository.SignedComplaint earlier, boolean sameMobile, Double similarity,
			Double distanceMeters, ComplaintView earlierComplaint) {

		Match {
			Objects.requireNonNull(earlier);
		}
	}
}
