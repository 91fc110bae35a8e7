package org.samadhan.pages.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.samadhan.attachment.StoredAttachment;
import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.Incident;
import org.samadhan.enquiry.Enquiries;
import org.samadhan.enquiry.EnquiryFile;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Role;
import org.samadhan.pages.FormErrors;
import org.samadhan.review.Grade;
import org.samadhan.review.ReviewFile;
import org.samadhan.review.Reviews;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.shared.SamadhanException;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A reviewer's page for one report (SHO, CO, ASP or SP, whichever level it waits for): the report,
 * the detector's quality flags with their evidence, repeat links, the enquiry's record with the
 * visit photos, and where the visit was logged against the place of the incident (the two
 * positions, the distance and a small drawing; no map tiles are fetched from anywhere). The
 * reviewer grades and approves, giving a reason when the report is flagged, or returns it with a
 * reason: the review module's {@link Reviews}, as behind {@code /api/complaints/{ref}/review}.
 */
@Controller
@RequestMapping("/cases/{reference}")
class ReviewPageController {

	static final List<String> FORMS = List.of("approveForm", "returnForm");

	/** Each form's section on the page, for the link from a refusal's summary down to it. */
	static final Map<String, String> ANCHORS = Map.of("approveForm", "approve", "returnForm", "return");

	/** The drawing's size in its own units; the page scales it to the screen. */
	private static final int PLOT = 200;

	private static final int MARGIN = 24;

	private final Complaints complaints;

	private final Reviews reviews;

	private final Enquiries enquiries;

	private final CaseViews views;

	private final CaseFiles caseFiles;

	private final MessageSource messages;

	ReviewPageController(Complaints complaints, Reviews reviews, Enquiries enquiries, CaseViews views,
			CaseFiles caseFiles, MessageSource messages) {
		this.caseFiles = caseFiles;
		this.complaints = complaints;
		this.reviews = reviews;
		this.enquiries = enquiries;
		this.views = views;
		this.messages = messages;
	}

	@GetMapping("/review")
	String show(@PathVariable String reference, Actor actor, Model model, Locale locale) {
		return page(ReferenceNumber.parse(reference), actor, model, locale);
	}

	@PostMapping("/review/approve")
	String approve(@PathVariable String reference, @ModelAttribute("approveForm") ActionForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		try {
			ComplaintView after = reviews.approve(number, grade(form.getGrade()), ActionForm.text(form.getRemarks()),
					ActionForm.text(form.getFlagOverrideReason()), actor);
			redirect.addFlashAttribute("notice", messages.getMessage(after.status() == ComplaintStatus.IN_REVIEW
					? "page.review.done.forwarded" : "page.review.done.disposed", null, locale));
			return "redirect:/cases/reviews";
		}
		catch (NotFoundException gone) {
			throw gone;
		}
		catch (SamadhanException refused) {
			FormErrors.reject(errors, refused, Map.of("grade", "grade", "remarks", "remarks"));
			model.addAttribute("refusal",
					Refusal.of(errors, refused.reasons().isEmpty() ? null : refused.messageKey(),
						ANCHORS.get(errors.getObjectName()), messages, locale));
			return page(number, actor, model, locale);
		}
	}

	@PostMapping("/review/return")
	String returnReport(@PathVariable String reference, @ModelAttribute("returnForm") ActionForm form,
			BindingResult errors, Actor actor, Model model, Locale locale, RedirectAttributes redirect) {
		ReferenceNumber number = ReferenceNumber.parse(reference);
		try {
			Grade grade = grade(form.getGrade());
			reviews.returnReport(number, grade,
					CasePageController.required(form.getReason(), "reason", "complaint.reason.required"), actor);
			redirect.addFlashAttribute("notice", messages.getMessage("page.review.done.returned", null, locale));
			return "redirect:/cases/reviews";
		}
		catch (NotFoundException gone) {
			throw gone;
		}
		catch (SamadhanException refused) {
			FormErrors.reject(errors, refused, Map.of("grade", "grade", "reason", "reason"));
			model.addAttribute("refusal",
					Refusal.of(errors, refused.reasons().isEmpty() ? null : refused.messageKey(),
						ANCHORS.get(errors.getObjectName()), messages, locale));
			return page(number, actor, model, locale);
		}
	}

	/**
	 * A file of the complaint (a visit photo, closure evidence) for whoever may read its case file,
	 * shown in the page rather than downloaded; kept privately in the browser's cache for an hour.
	 */
	@GetMapping("/files/{attachmentId}")
	ResponseEntity<InputStreamResource> file(@PathVariable String reference, @PathVariable String attachmentId,
			Actor actor) {
		Enquiries.Download download = enquiries.download(ReferenceNumber.parse(reference), attachmentId, actor);
		StoredAttachment a = download.attachment();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.mediaType()))
			.contentLength(a.sizeBytes())
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofHours(1)).cachePrivate())
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline")
			.header("X-Content-Type-Options", "nosniff")
			.body(new InputStreamResource(download.content().get()));
	}

	private String page(ReferenceNumber number, Actor actor, Model model, Locale locale) {
		ReviewFile review = reviews.reviewFile(number, actor);
		ComplaintView complaint = complaints.view(number, actor);
		EnquiryFile file = enquiries.file(number, actor);
		FORMS.forEach(name -> {
			if (!model.containsAttribute(name)) {
				model.addAttribute(name, new ActionForm());
			}
		});
		model.addAttribute("complaint", complaint);
		model.addAttribute("grouped", number.grouped());
		model.addAttribute("category", views.categoryName(complaint.category().code(), locale));
		model.addAttribute("officer", views.officerName(complaint.enquiryOfficerId(), locale));
		model.addAttribute("review", review);
		model.addAttribute("file", file);
		model.addAttribute("caseFile", caseFiles.of(number, file, actor));
		model.addAttribute("zone", views.zone());
		model.addAttribute("flagged", review.flags().current() != null && !review.flags().current().flags().isEmpty());
		model.addAttribute("grades", Grade.values());
		model.addAttribute("places", places(complaint.incident(), file.visits()));
		model.addAttribute("plot", plot(complaint.incident(), file.visits()));
		model.addAttribute("decisions", review.decisions()
			.stream()
			.map(d -> new Decision(d.level(), views.officerName(d.reviewerId(), locale), d.verdict().name(),
					d.grade(), d.reason(), d.decidedAt()))
			.toList());
		Role awaiting = complaint.awaitingRole();
		model.addAttribute("canDecide", awaiting != null
				&& (complaint.status() == ComplaintStatus.REPORT_SUBMITTED || complaint.status() == ComplaintStatus.IN_REVIEW)
				&& (actor.holds(awaiting) || awaiting == Role.ASP && actor.holds(Role.SP)));
		return "cases/review";
	}

	/** Each visit's position against the incident's, with the distance when both are known. */
	private static List<Place> places(Incident incident, List<EnquiryFile.SiteVisit> visits) {
		List<Place> places = new ArrayList<>();
		for (EnquiryFile.SiteVisit v : visits) {
			Long meters = incident.latitude() == null || incident.longitude() == null ? null
					: Math.round(meters(incident.latitude(), incident.longitude(), v.latitude(), v.longitude()));
			places.add(new Place(v.id(), v.visitedAt(), v.latitude(), v.longitude(), v.accuracyMeters(), meters));
		}
		return places;
	}

	/**
	 * The incident (when it has a position) and the visits as points of a square drawing, north up,
	 * on one scale for both axes (a degree of longitude shrunk by the cosine of the latitude), with
	 * the scale's width in metres for the caption. Null when there is nothing to draw.
	 */
	static Plot plot(Incident incident, List<EnquiryFile.SiteVisit> visits) {
		List<double[]> points = new ArrayList<>();
		boolean hasIncident = incident.latitude() != null && incident.longitude() != null;
		if (hasIncident) {
			points.add(new double[] { incident.latitude(), incident.longitude() });
		}
		visits.forEach(v -> points.add(new double[] { v.latitude(), v.longitude() }));
		if (points.isEmpty()) {
			return null;
		}
		double lat0 = points.stream().mapToDouble(p -> p[0]).average().orElse(0);
		double metresPerDegLat = 111_320;
		double metresPerDegLon = 111_320 * Math.cos(Math.toRadians(lat0));
		double minX = Double.MAX_VALUE, maxX = -Double.MAX_VALUE, minY = Double.MAX_VALUE, maxY = -Double.MAX_VALUE;
		for (double[] p : points) {
			double x = p[1] * metresPerDegLon, y = p[0] * metresPerDegLat;
			minX = Math.min(minX, x);
			maxX = Math.max(maxX, x);
			minY = Math.min(minY, y);
			maxY = Math.max(maxY, y);
		}
		double span = Math.max(Math.max(maxX - minX, maxY - minY), 50); // at least 50 m across
		double scale = (PLOT - 2 * MARGIN) / span;
		double cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
		List<Point> drawn = new ArrayList<>();
		int i = 0;
		for (double[] p : points) {
			double x = PLOT / 2.0 + (p[1] * metresPerDegLon - cx) * scale;
			double y = PLOT / 2.0 - (p[0] * metresPerDegLat - cy) * scale;
			boolean isIncident = hasIncident && i == 0;
			drawn.add(new Point(Math.round(x * 10) / 10.0, Math.round(y * 10) / 10.0, isIncident,
					isIncident ? 0 : hasIncident ? i : i + 1));
			i++;
		}
		return new Plot(PLOT, drawn, Math.round(span));
	}

	/** Great-circle distance (haversine) in metres. */
	static double meters(double lat1, double lon1, double lat2, double lon2) {
		double dLat = Math.toRadians(lat2 - lat1), dLon = Math.toRadians(lon2 - lon1);
		double a = Math.pow(Math.sin(dLat / 2), 2)
				+ Math.cos(Math.toRadians(lat1)) * Math.cos(Math.toRadians(lat2)) * Math.pow(Math.sin(dLon / 2), 2);
		return 2 * 6_371_000 * Math.asin(Math.sqrt(a));
	}

	private static Grade grade(String typed) {
		String text = ActionForm.text(typed);
		try {
			if (text != null) {
				return Grade.valueOf(text);
			}
		}
		catch (IllegalArgumentException ex) {
			// as missing
		}
		throw new InvalidInputException("grade", "review.grade.required");
	}

	/** A visit's logged position and its distance from the incident's (null when the incident has none). */
	record Place(long visitId, java.time.Instant at, double latitude, double longitude, Double accuracyMeters,
			Long metersFromIncident) {
	}

	/** A point of the drawing: the incident, or visit number {@code number}. */
	record Point(double x, double y, boolean incident, int number) {
	}

	record Plot(int size, List<Point> points, long spanMeters) {
	}

	record Decision(Role level, String reviewer, String verdict, Grade grade, String reason, java.time.Instant at) {
	}
}
