package org.samadhan.scrutiny;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.samadhan.complaint.ComplaintStatus;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Scope;
import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The scrutiny module's tables; rows are only ever added. */
@Repository
class ScrutinyRepository {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	ScrutinyRepository(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	// --- report checks and flags

	/** Records a report's check and its flags; a report is checked once (its id is the key). */
	void saveCheck(long reportId, long complaintId, List<Flag> flags, Instant at) {
		jdbc.sql("insert into scrutiny_report_check (report_id, complaint_id, flag_count, checked_at) values (?, ?, ?, ?)")
			.params(reportId, complaintId, flags.size(), SqlTime.param(at))
			.update();
		for (Flag flag : flags) {
			jdbc.sql("""
					insert into scrutiny_flag (report_id, complaint_id, code, message_key, arguments, data, raised_at)
					values (?, ?, ?, ?, ?, ?, ?)""")
				.params(reportId, complaintId, flag.code().name(), flag.messageKey(),
						JSON.writeValueAsString(flag.arguments()), JSON.writeValueAsString(flag.data()), SqlTime.param(at))
				.update();
		}
	}

	/** Each checked report of the complaint, oldest first, with its flags: one read of both tables. */
	List<CheckedReport> checks(long complaintId) {
		Map<Long, Instant> checked = new LinkedHashMap<>();
		Map<Long, List<Flag>> flags = new HashMap<>();
		// two index reads by complaint in one statement (a join let the planner scan every flag)
		jdbc.sql("""
				select report_id, checked_at, 0 as id, null as code, null as message_key, null as arguments, null as data
				from scrutiny_report_check where complaint_id = ?
				union all
				select report_id, null, id, code, message_key, arguments, data
				from scrutiny_flag where complaint_id = ?
				order by report_id, id""")
			.param(complaintId)
			.param(complaintId)
			.query(rs -> {
				long reportId = rs.getLong("report_id");
				if (rs.getString("code") == null) {
					checked.put(reportId, SqlTime.read(rs, "checked_at"));
				}
				else {
					flags.computeIfAbsent(reportId, k -> new ArrayList<>())
						.add(new Flag(FlagCode.valueOf(rs.getString("code")), rs.getString("message_key"),
								JSON.readValue(rs.getString("arguments"), new TypeReference<List<Object>>() {
								}), JSON.readValue(rs.getString("data"), new TypeReference<Map<String, Object>>() {
								})));
				}
			});
		List<CheckedReport> reports = new ArrayList<>();
		checked.forEach((reportId, at) -> reports
			.add(new CheckedReport(reportId, at, List.copyOf(flags.getOrDefault(reportId, List.of())))));
		return reports;
	}

	record CheckedReport(long reportId, Instant checkedAt, List<Flag> flags) {
	}

	void saveOverride(long complaintId, long reportId, Role level, long reviewerId, String reason, List<FlagCode> codes,
			Instant at) {
		jdbc.sql("""
				insert into scrutiny_override (complaint_id, report_id, level_role, reviewer_id, reason, flag_codes,
				                               overridden_at)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(complaintId, reportId, level.name(), reviewerId, reason,
					String.join(",", codes.stream().map(Enum::name).distinct().toList()), SqlTime.param(at))
			.update();
	}

	List<StoredOverride> overrides(long complaintId) {
		return jdbc.sql("select * from scrutiny_override where complaint_id = ? order by id")
			.param(complaintId)
			.query((rs, n) -> new StoredOverride(rs.getLong("report_id"),
					new FlagOverride(Role.valueOf(rs.getString("level_role")), rs.getLong("reviewer_id"),
							rs.getString("reason"),
							Arrays.stream(rs.getString("flag_codes").split(",")).map(FlagCode::valueOf).toList(),
							SqlTime.read(rs, "overridden_at"))))
			.list();
	}

	record StoredOverride(long reportId, FlagOverride override) {
	}

	// --- report texts

	/** A report text signed earlier that resembles this one: shares at least one band. */
	record SignedReport(long reportId, long complaintId, String reference, long officerId, Long stationId,
			TextSignature signature) {
	}

	/** Per band and scope, the most recent reports that share it which a lookup reads. */
	static final int RECENT_PER_BAND = 40;

	/**
	 * The reports of this officer or station since {@code since}, other than this complaint's, that
	 * share a band with the signature: the closest {@code limit} by the number of shared bands. Each
	 * band is read for its {@link #RECENT_PER_BAND} most recent reports only (an index range read
	 * backwards), so the lookup costs the same in a station of 100 reports as of 100,000: a form
	 * letter that every report of a station shares would otherwise be read in full each time. A
	 * copy of an older report is still found through its rarer bands.
	 */
	List<SignedReport> reportCandidates(long officerId, Long stationId, long complaintId, long[] bandKeys, Instant since,
			int limit) {
		StringBuilder recent = new StringBuilder();
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < bandKeys.length; i++) {
			params.put("k" + i, bandKeys[i]);
			recent.append(recent.isEmpty() ? "" : " union all ").append(recentSharing("officer_id", "officer", i));
			if (stationId != null) {
				recent.append(" union all ").append(recentSharing("station_id", "station", i));
			}
		}
		return jdbc.sql("""
				select t.report_id, t.complaint_id, t.reference, t.officer_id, t.station_id, t.signature
				from scrutiny_report_text t
				join (select report_id, count(distinct band_key) hits from (%s) b
				      group by report_id order by hits desc, report_id desc limit :limit) c on c.report_id = t.report_id
				""".formatted(recent))
			.params(params)
			.param("officer", officerId)
			.param("station", stationId)
			.param("since", SqlTime.param(since))
			.param("complaint", complaintId)
			.param("limit", limit)
			.param("recent", RECENT_PER_BAND)
			.query((rs, n) -> new SignedReport(rs.getLong("report_id"), rs.getLong("complaint_id"), rs.getString("reference"),
					rs.getLong("officer_id"), rs.getObject("station_id", Long.class),
					TextSignature.fromBytes(rs.getBytes("signature"))))
			.list();
	}

	/** The most recent reports of the scope sharing band {@code i}. */
	private static String recentSharing(String column, String param, int i) {
		return """
				select report_id, band_key from (select report_id, band_key from scrutiny_report_band
				  where band_key = :k%d and %s = :%s and signed_at >= :since and complaint_id <> :complaint
				  order by signed_at desc limit :recent) r%s%d""".formatted(i, column, param, param.charAt(0), i);
	}

	void saveReportText(long reportId, long complaintId, String reference, long officerId, Long stationId,
			TextSignature signature, Instant at) {
		jdbc.sql("""
				insert into scrutiny_report_text (report_id, complaint_id, reference, officer_id, station_id, signed_at,
				                                  signature)
				values (?, ?, ?, ?, ?, ?, ?)""")
			.params(reportId, complaintId, reference, officerId, stationId, SqlTime.param(at), signature.toBytes())
			.update();
		long[] keys = signature.bandKeys();
		template.batchUpdate("""
				insert into scrutiny_report_band (band_key, report_id, complaint_id, officer_id, station_id, signed_at)
				values (?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				ps.setLong(1, keys[i]);
				ps.setLong(2, reportId);
				ps.setLong(3, complaintId);
				ps.setLong(4, officerId);
				ps.setObject(5, stationId);
				ps.setObject(6, SqlTime.param(at));
			}

			@Override
			public int getBatchSize() {
				return keys.length;
			}
		});
	}

	// --- site photos

	/** A site photo as indexed: where it was filed, and its hashes. */
	record SitePhoto(String attachmentId, long complaintId, String reference, long visitId, long officerId,
			long districtId, Long stationId, Instant visitedAt, String sha256, PhotoFingerprint fingerprint) {
	}

	void savePhoto(SitePhoto photo, Instant at) {
		Long phash = photo.fingerprint().phash();
		jdbc.sql("""
				insert into scrutiny_site_photo (attachment_id, complaint_id, reference, visit_id, officer_id, district_id,
				                                 station_id, visited_at, sha256, phash, hashed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(photo.attachmentId(), photo.complaintId(), photo.reference(), photo.visitId(), photo.officerId(),
					photo.districtId(), photo.stationId(), SqlTime.param(photo.visitedAt()), photo.sha256(), phash,
					SqlTime.param(at))
			.update();
		if (phash == null) {
			return;
		}
		List<long[]> rows = new ArrayList<>(); // band key, crop, hash, fine a, fine b
		long[] fine = photo.fingerprint().fine();
		long[] hashes = new long[1 + photo.fingerprint().crops().length];
		hashes[0] = phash;
		System.arraycopy(photo.fingerprint().crops(), 0, hashes, 1, hashes.length - 1);
		for (int crop = 0; crop < hashes.length; crop++) {
			for (long key : PhotoFingerprint.bandKeys(hashes[crop])) {
				rows.add(new long[] { key, crop, hashes[crop], fine[2 * crop], fine[2 * crop + 1] });
			}
		}
		template.batchUpdate("""
				insert into scrutiny_photo_band (band_key, attachment_id, complaint_id, crop, hash, fine_a, fine_b)
				values (?, ?, ?, ?, ?, ?, ?)""", new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				ps.setLong(1, rows.get(i)[0]);
				ps.setString(2, photo.attachmentId());
				ps.setLong(3, photo.complaintId());
				ps.setInt(4, (int) rows.get(i)[1]);
				ps.setLong(5, rows.get(i)[2]);
				ps.setLong(6, rows.get(i)[3]);
				ps.setLong(7, rows.get(i)[4]);
			}

			@Override
			public int getBatchSize() {
				return rows.size();
			}
		});
	}

	/** The complaint's indexed site photos, by attachment id. */
	Map<String, SitePhoto> photosOf(long complaintId) {
		Map<String, SitePhoto> photos = new HashMap<>();
		Map<String, long[]> crops = new HashMap<>();
		Map<String, long[]> fine = new HashMap<>();
		jdbc.sql("select distinct attachment_id, crop, hash, fine_a, fine_b from scrutiny_photo_band where complaint_id = ?")
			.param(complaintId)
			.query(rs -> {
				String id = rs.getString("attachment_id");
				int crop = rs.getInt("crop");
				if (crop > 0) {
					crops.computeIfAbsent(id, k -> new long[PhotoFingerprint.CROPS.length])[crop - 1] = rs.getLong("hash");
				}
				long[] bits = fine.computeIfAbsent(id, k -> new long[2 * (1 + PhotoFingerprint.CROPS.length)]);
				bits[2 * crop] = rs.getLong("fine_a");
				bits[2 * crop + 1] = rs.getLong("fine_b");
			});
		jdbc.sql("select * from scrutiny_site_photo where complaint_id = ?")
			.param(complaintId)
			.query(rs -> {
				String id = rs.getString("attachment_id");
				Long phash = rs.getObject("phash", Long.class);
				SitePhoto photo = sitePhoto(rs, phash == null || !crops.containsKey(id) ? PhotoFingerprint.NONE
						: new PhotoFingerprint(phash, crops.get(id), fine.get(id)));
				photos.put(photo.attachmentId(), photo);
			});
		return photos;
	}

	/** Photos of other complaints with these exact bytes. */
	List<SitePhoto> sameBytes(String sha256, long complaintId, int limit) {
		return jdbc.sql("select * from scrutiny_site_photo where sha256 = ? and complaint_id <> ? order by visited_at limit ?")
			.params(sha256, complaintId, limit)
			.query((rs, n) -> sitePhoto(rs, PhotoFingerprint.NONE))
			.list();
	}

	/** A hash of another complaint's photo found by a band key: the whole picture's (crop 0) or a crop's. */
	record BandHit(String attachmentId, long complaintId, int crop, long hash, long fineA, long fineB) {
	}

	/**
	 * Band rows of other complaints' photos: any picture (whole or crop) under {@code wholeKeys}, and
	 * whole pictures alone under {@code cropKeys}.
	 */
	List<BandHit> bandHits(java.util.Collection<Long> wholeKeys, java.util.Collection<Long> cropKeys,
			long complaintId) {
		return jdbc.sql("""
				select attachment_id, complaint_id, crop, hash, fine_a, fine_b from scrutiny_photo_band
				where (band_key in (:whole) or (band_key in (:crops) and crop = 0)) and complaint_id <> :complaint""")
			.param("whole", List.copyOf(wholeKeys))
			.param("crops", cropKeys.isEmpty() ? List.of(-1L) : List.copyOf(cropKeys))
			.param("complaint", complaintId)
			.query((rs, n) -> new BandHit(rs.getString("attachment_id"), rs.getLong("complaint_id"), rs.getInt("crop"),
					rs.getLong("hash"), rs.getLong("fine_a"), rs.getLong("fine_b")))
			.list();
	}

	java.util.Optional<SitePhoto> photo(String attachmentId) {
		return jdbc.sql("select * from scrutiny_site_photo where attachment_id = ?")
			.param(attachmentId)
			.query((rs, n) -> sitePhoto(rs, PhotoFingerprint.NONE))
			.optional();
	}

	/** A photo's row, with its fingerprint (NONE where the caller needs only where it was filed). */
	private static SitePhoto sitePhoto(java.sql.ResultSet rs, PhotoFingerprint print) throws SQLException {
		return new SitePhoto(rs.getString("attachment_id"), rs.getLong("complaint_id"), rs.getString("reference"),
				rs.getLong("visit_id"), rs.getLong("officer_id"), rs.getLong("district_id"),
				rs.getObject("station_id", Long.class), SqlTime.read(rs, "visited_at"), rs.getString("sha256"), print);
	}

	// --- complaint texts and repeat links

	record SignedComplaint(long complaintId, String reference, String mobile, String address, Double latitude,
			Double longitude, Instant registeredAt, TextSignature signature) {
	}

	void saveComplaintText(SignedComplaint c, long districtId) {
		jdbc.sql("""
				insert into scrutiny_complaint_text (complaint_id, reference, district_id, mobile, address, latitude,
				                                     longitude, registered_at, signature)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(c.complaintId(), c.reference(), districtId, c.mobile(), c.address(), c.latitude(), c.longitude(),
					SqlTime.param(c.registeredAt()), c.signature().toBytes())
			.update();
		long[] keys = c.signature().bandKeys();
		template.batchUpdate("""
				insert into scrutiny_complaint_band (district_id, band_key, complaint_id, registered_at)
				values (?, ?, ?, ?)""", new BatchPreparedStatementSetter() {
			@Override
			public void setValues(PreparedStatement ps, int i) throws SQLException {
				ps.setLong(1, districtId);
				ps.setLong(2, keys[i]);
				ps.setLong(3, c.complaintId());
				ps.setObject(4, SqlTime.param(c.registeredAt()));
			}

			@Override
			public int getBatchSize() {
				return keys.length;
			}
		});
	}

	/** Earlier complaints from this mobile since {@code since}, newest first (the mobile index). */
	List<SignedComplaint> byMobile(String mobile, long complaintId, Instant since, int limit) {
		return jdbc.sql("""
				select * from scrutiny_complaint_text
				where mobile = ? and registered_at >= ? and complaint_id <> ?
				order by registered_at desc limit ?""")
			.params(mobile, SqlTime.param(since), complaintId, limit)
			.query((rs, n) -> signedComplaint(rs))
			.list();
	}

	/** Earlier complaints of the district since {@code since} that share a band, most shared first. */
	List<SignedComplaint> byText(long districtId, long complaintId, long[] bandKeys, Instant since, int limit) {
		return jdbc.sql("""
				select t.* from scrutiny_complaint_text t
				join (select complaint_id, count(*) hits from scrutiny_complaint_band
				      where district_id = :district and band_key in (:keys) and registered_at >= :since
				        and complaint_id <> :complaint
				      group by complaint_id order by hits desc, complaint_id desc limit :limit) c
				  on c.complaint_id = t.complaint_id""")
			.param("district", districtId)
			.param("keys", Arrays.stream(bandKeys).boxed().toList())
			.param("since", SqlTime.param(since))
			.param("complaint", complaintId)
			.param("limit", limit)
			.query((rs, n) -> signedComplaint(rs))
			.list();
	}

	private static SignedComplaint signedComplaint(java.sql.ResultSet rs) throws SQLException {
		return new SignedComplaint(rs.getLong("complaint_id"), rs.getString("reference"), rs.getString("mobile"),
				rs.getString("address"), rs.getObject("latitude", Double.class), rs.getObject("longitude", Double.class),
				SqlTime.read(rs, "registered_at"), TextSignature.fromBytes(rs.getBytes("signature")));
	}

	void saveLink(StoredLink link) {
		jdbc.sql("""
				insert into scrutiny_repeat_link (complaint_id, reference, earlier_complaint_id, earlier_reference, reason,
				    similarity, distance_m, earlier_status, failed_disposal, earlier_officer_id, earlier_district_id,
				    earlier_circle_id, earlier_station_id, linked_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
			.params(link.complaintId(), link.reference(), link.earlierComplaintId(), link.earlierReference(),
					link.reason().name(), link.similarity(), link.distanceMeters(), link.earlierStatus().name(),
					link.failedDisposal(), link.earlierOfficerId(), link.earlierDistrictId(), link.earlierCircleId(),
					link.earlierStationId(), SqlTime.param(link.linkedAt()))
			.update();
	}

	/** The links in which the complaint is the later or the earlier one, oldest first. */
	List<StoredLink> links(long complaintId) {
		return jdbc.sql("""
				select * from scrutiny_repeat_link where complaint_id = ?
				union all
				select * from scrutiny_repeat_link where earlier_complaint_id = ?
				order by id""")
			.params(complaintId, complaintId)
			.query((rs, n) -> storedLink(rs))
			.list();
	}

	/** Links that mark a failed disposal of a complaint in the scope, newest first. */
	List<StoredLink> failedDisposals(Scope scope, int limit) {
		Map<String, Object> params = new HashMap<>();
		String where = scope.where(new Scope.Columns("earlier_district_id", "earlier_circle_id", "earlier_station_id",
				"earlier_officer_id"), params);
		params.put("limit", limit);
		return jdbc.sql("select * from scrutiny_repeat_link where " + where
				+ " and failed_disposal = true order by linked_at desc, id desc limit :limit")
			.params(params)
			.query((rs, n) -> storedLink(rs))
			.list();
	}

	private static StoredLink storedLink(java.sql.ResultSet rs) throws SQLException {
		return new StoredLink(rs.getLong("complaint_id"), rs.getString("reference"), rs.getLong("earlier_complaint_id"),
				rs.getString("earlier_reference"), RepeatReason.valueOf(rs.getString("reason")),
				rs.getObject("similarity", Double.class), rs.getObject("distance_m", Double.class),
				ComplaintStatus.valueOf(rs.getString("earlier_status")), rs.getBoolean("failed_disposal"),
				rs.getObject("earlier_officer_id", Long.class), rs.getLong("earlier_district_id"),
				rs.getObject("earlier_circle_id", Long.class), rs.getObject("earlier_station_id", Long.class),
				SqlTime.read(rs, "linked_at"));
	}

	record StoredLink(long complaintId, String reference, long earlierComplaintId, String earlierReference,
			RepeatReason reason, Double similarity, Double distanceMeters, ComplaintStatus earlierStatus,
			boolean failedDisposal, Long earlierOfficerId, long earlierDistrictId, Long earlierCircleId,
			Long earlierStationId, Instant linkedAt) {
	}
}
