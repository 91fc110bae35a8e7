package org.samadhan.scrutiny;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.samadhan.attachment.Attachments;
import org.samadhan.attachment.StoredAttachment;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.enquiry.EnquiryFile;
import org.samadhan.enquiry.VisitPhotoAdded;
import org.samadhan.shared.StorageAway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Every site photo's SHA-256 and perceptual hashes, and the photos of other complaints that look
 * like a report's. A photo is indexed after its upload commits, on another thread, so that the
 * officer in the field does not wait for the file to be read back and hashed (14 ms for a small photo,
 * 100-160 ms for a phone camera's): the listener follows the commit through Spring Modulith's event
 * publication registry and is run again if its instance dies first (docs/adr/0015). A photo not yet
 * indexed when its report is checked (stored before this index existed, or still queued) is indexed
 * by the check; whichever comes second finds the row and leaves it.
 */
@Component
class SitePhotoIndex {

	private static final Logger log = LoggerFactory.getLogger(SitePhotoIndex.class);

	/** The farthest hash the band lookup is sure to find (see {@link PhotoFingerprint#probeKeys}). */
	static final int REACH = PhotoFingerprint.SURE_REACH;

	/** Other complaints named per photo, the closest first. */
	private static final int PER_PHOTO = 3;

	private final Attachments attachments;

	private final ScrutinyRepository repository;

	private final Clock clock;

	private final Timer hashing;

	private final TransactionTemplate savepoint;

	SitePhotoIndex(Attachments attachments, ScrutinyRepository repository, Clock clock, MeterRegistry meters,
			PlatformTransactionManager transactions) {
		this.attachments = attachments;
		this.repository = repository;
		this.clock = clock;
		this.savepoint = new TransactionTemplate(transactions);
		this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.hashing = Timer.builder("samadhan.scrutiny.photo-hash")
			.description("Time to read a stored site photo and compute its perceptual hashes")
			.publishPercentiles(0.5, 0.95, 0.99)
			.register(meters);
	}

	@ApplicationModuleListener
	void on(VisitPhotoAdded event) {
		if (repository.photo(event.photo().id()).isPresent()) {
			return; // indexed by a report's check meanwhile, or by an earlier run of this publication
		}
		// A store away throws: the publication stays incomplete and is run again later, rather than the
		// photo indexed for good without its perceptual hashes.
		index(event.photo(), event.complaintId(), event.reference(), event.visitId(), event.officerId(),
				event.districtId(), event.stationId(), event.visitedAt(), true);
	}

	/**
	 * The enquiry's site photos as indexed; those not yet indexed are indexed now (by the officer
	 * who uploaded them, at their visit's time).
	 */
	Map<String, ScrutinyRepository.SitePhoto> photosOf(ComplaintView complaint, EnquiryFile file) {
		Map<String, ScrutinyRepository.SitePhoto> indexed = new HashMap<>();
		if (file.visits().stream().allMatch(v -> v.photoIds().isEmpty())) {
			return indexed;
		}
		indexed.putAll(repository.photosOf(complaint.id()));
		Map<String, StoredAttachment> stored = null;
		for (EnquiryFile.SiteVisit visit : file.visits()) {
			for (String photoId : visit.photoIds()) {
				if (indexed.containsKey(photoId)) {
					continue;
				}
				if (stored == null) {
					stored = new HashMap<>();
					for (StoredAttachment a : attachments.ofComplaint(complaint.id())) {
						stored.put(a.id(), a);
					}
				}
				StoredAttachment photo = stored.get(photoId);
				if (photo != null) {
					indexed.put(photoId, index(photo, complaint.id(), complaint.reference(), visit.id(),
							photo.uploadedBy() == null ? visit.officerId() : photo.uploadedBy(),
							complaint.placement().districtId(), complaint.placement().stationId(), visit.visitedAt(),
							false));
				}
			}
		}
		return indexed;
	}

	/**
	 * The photos of other complaints that are this enquiry's photos again: the same bytes, or a
	 * perceptual hash within {@link #REACH} bits; for each of this enquiry's photos at most three other
	 * complaints, the closest first.
	 */
	List<ReportEvidence.ReusedPhoto> reused(ComplaintView complaint, EnquiryFile file) {
		List<ReportEvidence.ReusedPhoto> reused = new ArrayList<>();
		for (ScrutinyRepository.SitePhoto photo : photosOf(complaint, file).values()) {
			Map<String, Integer> nearest = new HashMap<>();
			Set<String> sameBytes = new HashSet<>();
			for (ScrutinyRepository.SitePhoto same : repository.sameBytes(photo.sha256(), complaint.id(), 20)) {
				nearest.put(same.attachmentId(), 0);
				sameBytes.add(same.attachmentId());
			}
			PhotoFingerprint print = photo.fingerprint();
			if (print.phash() != null) {
				for (ScrutinyRepository.BandHit hit : repository.bandHits(PhotoFingerprint.probeKeys(print.phash()),
						cropProbeKeys(print), complaint.id())) {
					PhotoFingerprint found = PhotoFingerprint.single(hit.hash(), hit.fineA(), hit.fineB());
					// their whole picture against ours or our crops; their crop against our whole picture
					Integer distance = hit.crop() == 0 ? print.distanceTo(found) : print.wholeDistanceTo(found);
					if (distance != null && distance <= REACH) {
						nearest.merge(hit.attachmentId(), distance, Math::min);
					}
				}
			}
			Map<Long, ReportEvidence.ReusedPhoto> byComplaint = new LinkedHashMap<>();
			nearest.entrySet()
				.stream()
				.sorted(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry::getKey))
				.forEach(match -> {
					ScrutinyRepository.SitePhoto other = repository.photo(match.getKey()).orElse(null);
					if (other != null && !byComplaint.containsKey(other.complaintId()) && byComplaint.size() < PER_PHOTO) {
						byComplaint.put(other.complaintId(), new ReportEvidence.ReusedPhoto(photo.attachmentId(),
								photo.visitId(), photo.visitedAt(),
								new ReportEvidence.OtherComplaint(other.complaintId(), other.reference(),
										other.stationId() == null ? other.districtId() : other.stationId()),
								other.attachmentId(), other.visitedAt(), sameBytes.contains(other.attachmentId()),
								match.getValue()));
					}
				});
			reused.addAll(byComplaint.values());
		}
		reused.sort(Comparator.comparing(ReportEvidence.ReusedPhoto::visitedAt)
			.thenComparing(ReportEvidence.ReusedPhoto::attachmentId)
			.thenComparingInt(ReportEvidence.ReusedPhoto::distance));
		return reused;
	}

	/**
	 * The band keys of every hash within reach of one of the photo's crops. A crop of ours is only
	 * ever paired with another photo's whole picture (their crops meet our whole picture), so these
	 * keys are looked up among whole pictures alone: a sixth of the rows.
	 */
	private static Set<Long> cropProbeKeys(PhotoFingerprint print) {
		Set<Long> keys = new HashSet<>();
		for (long crop : print.crops()) {
			keys.addAll(PhotoFingerprint.probeKeys(crop));
		}
		return keys;
	}

	private ScrutinyRepository.SitePhoto index(StoredAttachment photo, long complaintId, String reference, long visitId,
			long officerId, long districtId, Long stationId, Instant visitedAt, boolean laterWhenStoreAway) {
		ScrutinyRepository.SitePhoto indexed = new ScrutinyRepository.SitePhoto(photo.id(), complaintId, reference,
				visitId, officerId, districtId, stationId, visitedAt, photo.sha256(),
				fingerprint(photo, laterWhenStoreAway));
		Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
		try {
			// under a savepoint: the other path may have written the same photo meanwhile
			savepoint.executeWithoutResult(s -> repository.savePhoto(indexed, at));
		}
		catch (DuplicateKeyException indexedMeanwhile) {
			log.debug("photo {} was indexed meanwhile", photo.id());
		}
		return indexed;
	}

	private PhotoFingerprint fingerprint(StoredAttachment photo, boolean laterWhenStoreAway) {
		long started = System.nanoTime();
		try (InputStream content = attachments.open(photo)) {
			return PhotoFingerprint.of(content.readAllBytes());
		}
		catch (StorageAway away) {
			if (laterWhenStoreAway) {
				throw away;
			}
			log.warn("could not reach the store for photo {} of complaint {}: {}", photo.id(), photo.complaintId(),
					away.toString());
			return PhotoFingerprint.NONE;
		}
		catch (IOException | RuntimeException unreadable) {
			// Its SHA-256 still finds the same file elsewhere; the upload or the filing goes on.
			log.warn("could not read photo {} of complaint {} for its hash: {}", photo.id(), photo.complaintId(),
					unreadable.toString());
			return PhotoFingerprint.NONE;
		}
		finally {
			hashing.record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
		}
	}
}
