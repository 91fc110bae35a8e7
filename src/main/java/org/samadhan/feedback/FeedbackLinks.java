package org.samadhan.feedback;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.enquiry.Enquiries;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.Label;
import org.samadhan.shared.NotFoundException;
import org.samadhan.shared.SamadhanException;
import org.samadhan.shared.SqlTime;
import org.samadhan.shared.ThrottledException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The link a complainant answers by. Its code is 128 random bits, so it cannot be guessed; only
 * its hash is kept, so a copy of the database cannot answer for anyone. It works once, until it
 * expires ({@code samadhan.feedback.link-validity}) or the complaint is answered another way. A
 * used, expired, closed and forged link are all the same "not found". Only a code Samadhan never
 * sent counts against the caller's address (past {@code samadhan.feedback.link-failures-per-hour} it
 * waits, 429): opening one's own link again after answering is not guessing, and a village behind one
 * address must not be locked out of feedback by its honest repeats.
 */
@Service
@Transactional
public class FeedbackLinks {

	private static final SecureRandom RANDOM = new SecureRandom();

	/** 16 bytes in URL-safe Base64 without padding. */
	private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{22}");

	private final Complaints complaints;

	private final Enquiries enquiries;

	private final FeedbackRepository repository;

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Duration validity;

	private final String publicUrl;

	private final int failuresPerHour;

	FeedbackLinks(Complaints complaints, Enquiries enquiries, FeedbackRepository repository, JdbcClient jdbc,
			ApplicationEventPublisher events, Clock clock,
			@Value("${samadhan.feedback.link-validity:P15D}") Duration validity,
			@Value("${samadhan.public-url:http://localhost:8080}") String publicUrl,
			@Value("${samadhan.feedback.link-failures-per-hour:20}") int failuresPerHour) {
		this.complaints = complaints;
		this.enquiries = enquiries;
		this.repository = repository;
		this.jdbc = jdbc;
		this.events = events;
		this.clock = clock;
		this.validity = validity;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
		this.failuresPerHour = failuresPerHour;
	}

	/**
	 * The complaint was disposed of and asks for feedback: opens its call-list entry and sends the
	 * link. Runs in the disposal's transaction, so a disposal that rolls back asks nobody.
	 */
	void ask(ComplaintView complaint, Instant at) {
		long complaintId = complaint.id();
		long requestId = repository.insert("""
				insert into feedback_request (complaint_id, district_id, circle_id, station_id, officer_id, requested_at)
				values (?, ?, ?, ?, ?, ?)""", complaintId, complaint.placement().districtId(),
				complaint.placement().circleId(), complaint.placement().stationId(), complaint.enquiryOfficerId(),
				SqlTime.param(at));
		byte[] bytes = new byte[16];
		RANDOM.nextBytes(bytes);
		String code = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		Instant expires = at.plus(validity);
		long linkId = repository.insert("""
				insert into feedback_link (request_id, complaint_id, code_hash, issued_at, expires_at)
				values (?, ?, ?, ?, ?)""", requestId, complaintId, hash(code), SqlTime.param(at), SqlTime.param(expires));
		Label outcome = outcome(complaintId);
		events.publishEvent(new FeedbackRequested(complaintId, complaint.reference(), complaint.complainant().mobile(),
				outcome, publicUrl + "/feedback/" + code, expires, linkId));
	}

	/** What the link is about, without using it up. */
	@Transactional(noRollbackFor = NotFoundException.class)
	public LinkView read(String code, String client) {
		Link link = find(code, client);
		return view(link, complaints.describe(link.complaintId()));
	}

	/**
	 * The complainant's answer by the link, which is used up. Dissatisfied needs a reason; without
	 * one nothing is used or changed.
	 */
	@Transactional(noRollbackFor = NotFoundException.class)
	public LinkView answer(String code, boolean satisfied, String reason, String client) {
		Link link = find(code, client);
		if (!satisfied && (reason == null || reason.isBlank())) {
			throw new InvalidInputException("reason", "feedback.reason.required");
		}
		if (repository.lockOpenRequest(link.complaintId()).filter(r -> r.id() == link.requestId()).isEmpty()) {
			throw answeredOrGone(link);
		}
		Instant now = now();
		boolean usedNow = jdbc.sql("""
				update feedback_link set used_at = ? where id = ? and used_at is null and closed_at is null""")
			.params(SqlTime.param(now), link.id())
			.update() == 1;
		if (!usedNow) {
			// Another answer by the same link won the race a moment ago.
			throw answered();
		}
		ComplaintView complaint = complaints.describe(link.complaintId());
		String why = satisfied ? null : reason.strip();
		ComplaintView after = complaints.recordFeedback(link.complaintId(), satisfied, why,
				Actor.citizen(complaint.complainant().name()));
		repository.insert("""
				insert into feedback_answer (request_id, complaint_id, channel, satisfied, reason, answered_at)
				values (?, ?, 'LINK', ?, ?, ?)""", link.requestId(), link.complaintId(), satisfied, why,
				SqlTime.param(now));
		return view(link, after);
	}

	private Link find(String code, String client) {
		Instant now = now();
		jdbc.sql("delete from feedback_link_failure where client = ? and failed_at <= ?")
			.params(client, SqlTime.param(now.minus(Duration.ofHours(1))))
			.update();
		long failures = jdbc.sql("select count(*) from feedback_link_failure where client = ?")
			.param(client)
			.query(Long.class)
			.single();
		if (failures >= failuresPerHour) {
			throw new ThrottledException("feedback.link.too-many", Duration.ofHours(1));
		}
		if (code == null || !CODE.matcher(code).matches()) {
			throw failed(client);
		}
		Optional<IssuedLink> issued = jdbc.sql("""
				select id, request_id, complaint_id, issued_at,
				       case when used_at is null and closed_at is null and expires_at > ? then 1 else 0 end as open_now,
				       case when used_at is null then 0 else 1 end as used
				from feedback_link where code_hash = ?""")
			.params(SqlTime.param(now), hash(code))
			.query((rs, n) -> new IssuedLink(new Link(rs.getLong("id"), rs.getLong("request_id"),
					rs.getLong("complaint_id"), SqlTime.read(rs, "issued_at")), rs.getInt("open_now") == 1,
					rs.getInt("used") == 1))
			.optional();
		if (issued.isEmpty()) {
			// A code Samadhan never sent: someone is guessing.
			throw failed(client);
		}
		Link link = issued.get().link();
		if (issued.get().used()) {
			throw answered();
		}
		if (!issued.get().openNow()
				|| complaints.describe(link.complaintId()).status() != ComplaintStatus.FEEDBACK_PENDING) {
			// A link that was sent, opened again after it was used, expired or answered another way:
			// the complainant (or their family, behind the same address) is not guessing.
			throw answeredOrGone(link);
		}
		return link;
	}

	/** A link sent once, that no longer works: the same answer as a wrong one, but not counted. */
	private static NotFoundException gone() {
		return new NotFoundException("feedback.link.not-found");
	}

	/**
	 * The link's holder already answered by it (or lost the race to a second press of the button):
	 * 409, as any lost race; only the holder of the code can learn this.
	 */
	private static ConflictException answered() {
		return new ConflictException("feedback.link.answered");
	}

	/** A link found open a moment ago that is not any more: answered by it meanwhile, or closed another way. */
	private SamadhanException answeredOrGone(Link link) {
		boolean used = jdbc.sql("select count(*) from feedback_link where id = ? and used_at is not null")
			.param(link.id())
			.query(Long.class)
			.single() > 0;
		return used ? answered() : gone();
	}

	private record IssuedLink(Link link, boolean openNow, boolean used) {
	}

	private NotFoundException failed(String client) {
		jdbc.sql("insert into feedback_link_failure (client, failed_at) values (?, ?)")
			.params(client, SqlTime.param(now()))
			.update();
		return new NotFoundException("feedback.link.not-found");
	}

	private LinkView view(Link link, ComplaintView complaint) {
		return new LinkView(complaint.reference(), complaint.status(), outcome(complaint.id()), link.issuedAt());
	}

	/** The action taken, as the approved report states it, as a message key. */
	private Label outcome(long complaintId) {
		return enquiries.latestReport(complaintId)
			.map(r -> new Label("feedback.outcome." + r.actionTaken().name(), r.actionTaken().name()))
			.orElse(new Label("feedback.outcome.unknown", "-"));
	}

	private Instant now() {
		return clock.instant().truncatedTo(ChronoUnit.MICROS);
	}

	static String hash(String code) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(code.getBytes(StandardCharsets.US_ASCII)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private record Link(long id, long requestId, long complaintId, Instant issuedAt) {
	}

	/**
	 * What a link shows: the reference, where the complaint is, and the action taken (as a message
	 * key); nothing the SMS did not already say. {@code disposedAt} is when it was asked.
	 */
	public record LinkView(String reference, ComplaintStatus status, Label outcome, Instant disposedAt) {
	}
}
