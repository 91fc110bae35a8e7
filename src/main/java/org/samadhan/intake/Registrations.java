package org.samadhan.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.samadhan.attachment.AttachmentPurpose;
import org.samadhan.attachment.Attachments;
import org.samadhan.complaint.Channel;
import org.samadhan.complaint.CitizenAccess;
import org.samadhan.complaint.ComplaintAction;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Incident;
import org.samadhan.complaint.NewComplaint;
import org.samadhan.complaint.Person;
import org.samadhan.complaint.Receipt;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.jurisdiction.UnitKind;
import org.samadhan.intake.MonthlyLimit.Counted;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.InvalidInputException;
import org.samadhan.shared.SqlTime;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Registers complaints from any channel. With an idempotency key, the first submit registers and
 * every retry (same key, same content) gets the first receipt back; the same key with other
 * content is refused. Two simultaneous submits with one key meet at the key's primary key: one
 * commits, the other rolls back whole (complaint and monthly count) and returns the first.
 */
@Service
public class Registrations {

	/** The most documents one registration may carry. */
	static final int MAX_FILES = 5;

	static final int MAX_KEY_LENGTH = 100;

	private final Complaints complaints;

	private final Attachments attachments;

	private final OperatorRoutesWithinPosting withinPosting;

	private final MonthlyLimit monthlyLimit;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final Jurisdiction jurisdiction;

	private final CitizenAccess citizenAccess;

	Registrations(Complaints complaints, Attachments attachments, OperatorRoutesWithinPosting withinPosting,
			MonthlyLimit monthlyLimit, JdbcClient jdbc, TransactionTemplate transactions, Clock clock,
			Jurisdiction jurisdiction, CitizenAccess citizenAccess) {
		this.jurisdiction = jurisdiction;
		this.citizenAccess = citizenAccess;
		this.complaints = complaints;
		this.attachments = attachments;
		this.withinPosting = withinPosting;
		this.monthlyLimit = monthlyLimit;
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Registers the complaint a submission describes, with the complainant's documents, all or
	 * nothing: a refused file leaves no complaint, and a refused complaint no file. A citizen's code
	 * for their mobile is checked (and used) before anything is written; see {@link MonthlyLimit} for
	 * how the filing is counted.
	 */
	public Receipt register(RegistrationRequest submission, Channel channel, List<IncomingFile> files, Actor actor,
			String idempotencyKey) {
		NewComplaint request = actor.isOfficer() ? withinPosting.apply(newComplaint(submission, channel), actor)
				: newComplaint(submission, channel);
		if (idempotencyKey != null && idempotencyKey.strip().length() > MAX_KEY_LENGTH) {
			throw new InvalidInputException("Idempotency-Key", "intake.idempotency-key.too-long", MAX_KEY_LENGTH);
		}
		if (files.size() > MAX_FILES) {
			throw new InvalidInputException("files", "intake.files.too-many", MAX_FILES);
		}
		String overrideReason = blankToNull(submission.limitOverrideReason());
		if (overrideReason != null && !actor.isOfficer()) {
			throw new InvalidInputException("limitOverrideReason", "intake.limit-override.officers-only");
		}
		String key = idempotencyKey == null || idempotencyKey.isBlank() ? null : idempotencyKey.strip();
		String fingerprint = key == null ? null : fingerprint(request, files, actor);
		Optional<Receipt> earlier = key == null ? Optional.empty() : earlier(key, fingerprint);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		Counted counted = actor.isOfficer() ? Counted.OFFICE
				: provenMobile(request.complainant().mobile(), submission.mobileCode()) ? Counted.PORTAL_PROVEN
						: Counted.PORTAL_UNPROVEN;
		try {
			return transactions.execute(tx -> registerNow(request, files, actor, key, fingerprint, counted, overrideReason));
		}
		catch (DataIntegrityViolationException | ConcurrencyFailureException raced) {
			if (key == null) {
				throw raced;
			}
			return earlier(key, fingerprint).orElseThrow(() -> raced);
		}
	}

	/** The complaint a submission describes, with its district and station found by code. */
	private NewComplaint newComplaint(RegistrationRequest r, Channel channel) {
		Unit district = jurisdiction.unitByCode(r.districtCode())
			.filter(u -> u.kind() == UnitKind.DISTRICT)
			.orElseThrow(() -> new InvalidInputException("districtCode", "intake.district.unknown"));
		Long stationId = null;
		if (r.stationCode() != null && !r.stationCode().isBlank()) {
			Unit station = jurisdiction.unitByCode(r.stationCode().strip())
				.filter(u -> u.kind() == UnitKind.STATION)
				.orElseThrow(() -> new InvalidInputException("stationCode", "intake.station.unknown"));
			if (!Long.valueOf(district.id()).equals(station.districtId())) {
				// A real station, of another district: say which, so the person can fix district or station.
				Unit its = jurisdiction.unit(station.districtId());
				throw new InvalidInputException("stationCode", "intake.station.other-district", station.nameEn(),
						its.nameEn(), district.nameEn(), station.nameHi(), its.nameHi(), district.nameHi());
			}
			stationId = station.id();
		}
		Person victim = r.victim() == null ? null
				: new Person(r.victim().name(), r.victim().mobile(), r.victim().address(), null);
		return new NewComplaint(channel, r.categoryCode(),
				new Person(r.complainant().name(), r.complainant().mobile(), r.complainant().address(),
						r.complainant().email()),
				victim, r.description(),
				new Incident(r.incidentDate(), r.incidentAddress(), r.incidentLatitude(), r.incidentLongitude()),
				district.id(), stationId);
	}

	/** No code: not proven. A code that is wrong, used or expired is refused on its field. */
	private boolean provenMobile(String mobile, String code) {
		if (code == null || code.isBlank()) {
			return false;
		}
		if (!citizenAccess.useMobileCode(mobile, code.strip())) {
			throw new InvalidInputException("mobileCode", "intake.mobile-code.wrong");
		}
		return true;
	}

	/**
	 * The key is claimed first, so a concurrent submit with the same key waits on it (or fails on
	 * it) before it counts against the monthly limit or registers anything.
	 */
	private Receipt registerNow(NewComplaint request, List<IncomingFile> files, Actor actor, String key,
			String fingerprint, Counted counted, String overrideReason) {
		// The complaint's checks first (category, district, station), then the limit, which refuses
		// before anything is written, then the key: a refused filing writes nothing.
		boolean[] pastLimit = new boolean[1];
		ComplaintView complaint = complaints.register(request, actor, () -> {
			pastLimit[0] = monthlyLimit.takePlace(request.complainant().mobile(), counted, overrideReason);
			if (key != null) {
				jdbc.sql("insert into intake_idempotency (idempotency_key, fingerprint, created_at) values (?, ?, ?)")
					.params(key, fingerprint, SqlTime.param(clock.instant()))
					.update();
			}
		});
		if (pastLimit[0]) {
			complaints.recordFact(complaint.id(), ComplaintAction.LIMIT_OVERRIDDEN, actor, overrideReason);
		}
		for (IncomingFile file : files) {
			try (InputStream content = file.content().get()) {
				attachments.store(complaint.id(), AttachmentPurpose.COMPLAINT_DOCUMENT, file.name(), content,
						actor.officerId());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		if (key != null) {
			jdbc.sql("update intake_idempotency set complaint_id = ? where idempotency_key = ?")
				.params(complaint.id(), key)
				.update();
		}
		// the complaint as registered, with the due date the deadline rules gave it
		return new Receipt(complaint.reference(), complaint.status(), complaint.registeredAt(), complaint.due().dueOn());
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private Optional<Receipt> earlier(String key, String fingerprint) {
		return jdbc.sql("select fingerprint, complaint_id from intake_idempotency where idempotency_key = ?")
			.param(key)
			.query((rs, n) -> {
				if (!rs.getString("fingerprint").equals(fingerprint)) {
					throw new ConflictException("intake.idempotency-key-reused");
				}
				return complaints.receipt(rs.getLong("complaint_id"));
			})
			.optional();
	}

	/** What makes two submits "the same": who sends it and everything it says. */
	private static String fingerprint(NewComplaint request, List<IncomingFile> files, Actor actor) {
		String canonical = actor.officerId() + "|" + request + "|"
				+ files.stream().map(f -> f.name() + ":" + f.size()).toList();
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
