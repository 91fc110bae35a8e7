package org.samadhan.bench;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.samadhan.SamadhanApplication;
import org.samadhan.complaint.Channel;
import org.samadhan.complaint.ComplaintView;
import org.samadhan.complaint.Complaints;
import org.samadhan.complaint.Incident;
import org.samadhan.complaint.NewComplaint;
import org.samadhan.complaint.Person;
import org.samadhan.enquiry.ActionTaken;
import org.samadhan.enquiry.ContactMode;
import org.samadhan.enquiry.ContactOutcome;
import org.samadhan.enquiry.Enquiries;
import org.samadhan.enquiry.Party;
import org.samadhan.enquiry.ReportDraft;
import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Jurisdiction;
import org.samadhan.jurisdiction.Unit;
import org.samadhan.shared.ReferenceNumber;
import org.samadhan.support.MovableClock;
import org.samadhan.support.SitePhotos;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The two rules against recycled evidence (PHOTO_REUSED, IMPOSSIBLE_TIMELINE): how often they flag
 * genuine reports, and what they cost per report with a station that holds PRELOAD reports. Starts
 * the application in-process (demo district, a movable clock), files PRELOAD reports at Kotwali
 * through the real services, one every 26 minutes of clock time by its two IOs in turn (a year of a
 * busy station), each with a site photo of a place of its own (a generated scene, 320 px wide) and a
 * visit somewhere in the station's area. Then MEASURED genuine reports by io.kotwali.1, as working
 * days: 5 to 8 complaints a day, visited in a route across the district (sites up to 25 km apart,
 * road 1.3 times the straight line at 20 to 45 km/h, 15 to 60 minutes at each site), GPS fixes off by
 * about 15 m and, one in twenty, by 0.5 to 1.5 km; now and then two complaints about one spot
 * visited together; every photo a different picture (800 x 600), one in ten another photo of a
 * place the preload photographed, from a step aside in other light. Counts the measured reports each
 * rule flagged, and reads the detector's timers over the measured reports alone. Finally times the
 * hashing of a 12-megapixel photo (4000 x 3000) as it is uploaded.
 *
 * <p>Run with {@code bench/evidence/run.sh} (not a test: it prints figures, asserts nothing).
 */
public final class EvidenceBenchmark {

	static final ZoneId IST = ZoneId.of("Asia/Kolkata");

	/** Kotwali's area, where the preload's visits are. */
	static final double LAT = 28.80;

	static final double LON = 79.02;

	public static void main(String[] args) {
		int preload = Integer.getInteger("preload", 20_000);
		int measured = Integer.getInteger("measured", 200);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SamadhanApplication.class,
				MovableClock.Config.class)
			.profiles("demo")
			.run(args);
		try {
			new EvidenceBenchmark(context).run(preload, measured);
		}
		finally {
			context.close();
		}
	}

	private final Complaints complaints;

	private final Enquiries enquiries;

	private final MovableClock clock;

	private final MeterRegistry meters;

	private final JdbcClient jdbc;

	private final Actor sho;

	private final Actor io1;

	private final Actor io2;

	private final Unit station;

	private final Random random = new Random(20261205);

	private EvidenceBenchmark(ConfigurableApplicationContext context) {
		this.complaints = context.getBean(Complaints.class);
		this.enquiries = context.getBean(Enquiries.class);
		this.clock = context.getBean(MovableClock.class);
		this.meters = context.getBean(MeterRegistry.class);
		this.jdbc = context.getBean(JdbcClient.class);
		Jurisdiction jurisdiction = context.getBean(Jurisdiction.class);
		this.sho = jurisdiction.findOfficerByUsername("sho.kotwali").orElseThrow().asActor();
		this.io1 = jurisdiction.findOfficerByUsername("io.kotwali.1").orElseThrow().asActor();
		this.io2 = jurisdiction.findOfficerByUsername("io.kotwali.2").orElseThrow().asActor();
		this.station = jurisdiction.unitByCode("RAMPUR_KOTWALI").orElseThrow();
	}

	private void run(int preload, int measured) {
		long started = System.nanoTime();
		for (int i = 0; i < preload; i++) {
			Actor io = i % 2 == 0 ? io1 : io2;
			String reference = assigned(io, LAT + random.nextDouble() * 0.08, LON + random.nextDouble() * 0.08);
			clock.advance(Duration.ofMinutes(13));
			Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
			ComplaintView c = complaints.describe(ReferenceNumber.parse(reference));
			work(reference, io, at, c.incident().latitude(), c.incident().longitude(),
					SitePhotos.photo(1_000_000L + i, 320));
			clock.advance(Duration.ofMinutes(13));
			file(reference, io);
			if ((i + 1) % 1000 == 0) {
				System.out.printf(Locale.ROOT, "preloaded %d reports (%.0f s)%n", i + 1, (System.nanoTime() - started) / 1e9);
			}
		}
		double preloadSeconds = (System.nanoTime() - started) / 1e9;

		Timer check = meters.get("samadhan.scrutiny.report-check").timer();
		Timer reuse = meters.get("samadhan.scrutiny.evidence-reuse-check").timer();
		Timer hashing = meters.get("samadhan.scrutiny.photo-hash").timer();
		long checksBefore = check.count();
		double checkBefore = check.totalTime(TimeUnit.NANOSECONDS);
		long reuseBefore = reuse.count();
		double reuseNanosBefore = reuse.totalTime(TimeUnit.NANOSECONDS);
		long hashesBefore = hashing.count();
		double hashingBefore = hashing.totalTime(TimeUnit.NANOSECONDS);
		long[] flaggedBefore = { flagged("PHOTO_REUSED"), flagged("IMPOSSIBLE_TIMELINE") };
		List<Double> reuseMillis = new ArrayList<>();
		List<String> references = new ArrayList<>();
		int day = 0;
		int sameSpot = 0;
		int revisited = 0;
		int poorFixes = 0;
		double fastest = 0;
		while (references.size() < measured) {
			// a working day of io.kotwali.1: the complaints are assigned in the morning
			ZonedDateTime morning = ZonedDateTime.ofInstant(clock.instant(), IST)
				.plusDays(1)
				.withHour(8)
				.truncatedTo(ChronoUnit.HOURS);
			clock.set(morning.toInstant());
			int count = Math.min(measured - references.size(), 5 + random.nextInt(4));
			double[][] sites = new double[count][];
			String[] today = new String[count];
			double[] place = { LAT + 0.04, LON + 0.04 };
			for (int k = 0; k < count; k++) {
				boolean together = k > 0 && random.nextInt(12) == 0; // a second complaint about the same spot
				double reach = 25_000 * Math.sqrt(random.nextDouble());
				double bearing = random.nextDouble() * 2 * Math.PI;
				double[] next = together ? offset(place, 150 * random.nextDouble(), bearing)
						: offset(new double[] { LAT + 0.04, LON + 0.04 }, reach, bearing);
				sites[k] = next;
				place = next;
				sameSpot += together ? 1 : 0;
				today[k] = assigned(io1, next[0], next[1]);
			}
			Instant at = morning.plusHours(1).plusMinutes(random.nextInt(90)).toInstant();
			for (int k = 0; k < count; k++) {
				if (k > 0) {
					double straight = new Point(sites[k - 1]).metersTo(new Point(sites[k]));
					boolean together = straight < 200;
					double roadKmh = 20 + random.nextDouble() * 25;
					double travelMinutes = together ? 2 + random.nextInt(5) : straight * 1.3 / 1000 / roadKmh * 60;
					at = at.plus(Duration.ofSeconds(Math.round(travelMinutes * 60)));
				}
				double[] fix = offset(sites[k], Math.abs(random.nextGaussian()) * 15, random.nextDouble() * 2 * Math.PI);
				if (random.nextInt(20) == 0) {
					fix = offset(sites[k], 500 + random.nextDouble() * 1000, random.nextDouble() * 2 * Math.PI);
					poorFixes++;
				}
				if (k > 0) {
					double[] previous = sites[k - 1];
					double seconds = Math.max(1, Duration.between(lastVisit, at).toSeconds());
					fastest = Math.max(fastest, new Point(previous).metersTo(new Point(sites[k])) / seconds * 3.6);
				}
				lastVisit = at;
				clock.set(at.plus(Duration.ofMinutes(2)));
				byte[] photo;
				if (random.nextInt(10) == 0) {
					long shot = random.nextInt(Math.max(1, preload));
					photo = SitePhotos.shot(1_000_000L + shot, 0.12 + random.nextDouble() * 0.1,
							0.8 + random.nextDouble() * 0.15, 7_000_000L + references.size() + k);
					revisited++;
				}
				else {
					photo = SitePhotos.photo(5_000_000L + photosTaken);
				}
				photosTaken++;
				work(today[k], io1, at, fix[0], fix[1], photo);
				at = at.plus(Duration.ofMinutes(15 + random.nextInt(46))); // at the site
			}
			Instant evening = morning.withHour(19).toInstant();
			clock.set(at.isAfter(evening) ? at.plus(Duration.ofMinutes(10)) : evening);
			for (String reference : today) {
				double before = reuse.totalTime(TimeUnit.NANOSECONDS);
				file(reference, io1);
				reuseMillis.add((reuse.totalTime(TimeUnit.NANOSECONDS) - before) / 1e6);
				references.add(reference);
			}
			day++;
		}
		long checks = check.count() - checksBefore;
		double checkMs = (check.totalTime(TimeUnit.NANOSECONDS) - checkBefore) / checks / 1e6;
		long reuses = reuse.count() - reuseBefore;
		double reuseMs = (reuse.totalTime(TimeUnit.NANOSECONDS) - reuseNanosBefore) / reuses / 1e6;
		long hashes = hashing.count() - hashesBefore;
		double hashMs = (hashing.totalTime(TimeUnit.NANOSECONDS) - hashingBefore) / hashes / 1e6;
		long photoFlags = flagged("PHOTO_REUSED") - flaggedBefore[0];
		long timelineFlags = flagged("IMPOSSIBLE_TIMELINE") - flaggedBefore[1];
		double[] sorted = reuseMillis.stream().mapToDouble(Double::doubleValue).sorted().toArray();

		// a phone's full-size photo, uploaded: the hashing it costs
		List<Double> bigMillis = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			String reference = assigned(io2, LAT, LON);
			clock.advance(Duration.ofMinutes(30));
			byte[] big = SitePhotos.jpeg(SitePhotos.scene(9_000_000L + i, 0, 0, 1, i, 4000), 0.9f);
			long visit = enquiries.recordVisit(ReferenceNumber.parse(reference), clock.instant(), LAT, LON, 8.0, null, io2);
			double before = hashing.totalTime(TimeUnit.NANOSECONDS);
			enquiries.addVisitPhoto(ReferenceNumber.parse(reference), visit, "IMG.jpg", new ByteArrayInputStream(big), io2);
			bigMillis.add((hashing.totalTime(TimeUnit.NANOSECONDS) - before) / 1e6);
		}

		long photos = jdbc.sql("select count(*) from scrutiny_site_photo where station_id = ?")
			.param(station.id())
			.query(Long.class)
			.single();
		long bands = jdbc.sql("select count(*) from scrutiny_photo_band").query(Long.class).single();
		long visits = jdbc.sql("select count(*) from enquiry_site_visit").query(Long.class).single();
		long reports = jdbc.sql("select count(*) from scrutiny_report_check").query(Long.class).single();
		String database = jdbc.sql("select version()").query(String.class).single();

		System.out.println();
		System.out.println("=== evidence benchmark ===");
		System.out.println("database: " + database);
		System.out.printf(Locale.ROOT, "preload: %d reports at the station in %.0f s; at the end %d checked reports, "
				+ "%d site photos at the station (%d hash band rows), %d site visits%n", preload, preloadSeconds, reports,
				photos, bands, visits);
		System.out.printf(Locale.ROOT, "the preload's reports are genuine too (distinct scenes, 26 minutes apart in the "
				+ "station's area): PHOTO_REUSED %d of %d, IMPOSSIBLE_TIMELINE %d of %d%n", flaggedBefore[0], preload,
				flaggedBefore[1], preload);
		System.out.printf(Locale.ROOT, "measured: %d genuine reports by one IO over %d working days; %d visits to a spot "
				+ "just visited, %d photos of a preloaded place from a step aside, %d GPS fixes 0.5-1.5 km off; "
				+ "fastest straight-line speed between consecutive sites %.0f km/h%n", references.size(), day, sameSpot,
				revisited, poorFixes, fastest);
		System.out.printf(Locale.ROOT, "false flags: PHOTO_REUSED %d of %d (%.1f %%), IMPOSSIBLE_TIMELINE %d of %d (%.1f %%)%n",
				photoFlags, references.size(), 100.0 * photoFlags / references.size(), timelineFlags, references.size(),
				100.0 * timelineFlags / references.size());
		System.out.printf(Locale.ROOT, "new rules (photo lookup + officer's timeline), per report: mean %.2f ms, "
				+ "p50 %.2f, p95 %.2f, max %.2f (%d checks)%n", reuseMs, pct(sorted, 0.5), pct(sorted, 0.95),
				sorted[sorted.length - 1], reuses);
		System.out.printf(Locale.ROOT, "whole detector, mean per report: %.2f ms (%d checks)%n", checkMs, checks);
		System.out.printf(Locale.ROOT, "hashing an 800 x 600 photo at upload, mean: %.2f ms (%d photos)%n", hashMs, hashes);
		System.out.printf(Locale.ROOT, "hashing a 4000 x 3000 photo at upload: %s ms%n", bigMillis.stream()
			.map(ms -> String.format(Locale.ROOT, "%.0f", ms))
			.toList());
	}

	private Instant lastVisit;

	private long photosTaken;

	private long flagged(String code) {
		return jdbc.sql("select count(distinct report_id) from scrutiny_flag where code = ?")
			.param(code)
			.query(Long.class)
			.single();
	}

	private static double pct(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	private String assigned(Actor io, double lat, double lon) {
		String mobile = (6 + random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
		ComplaintView complaint = complaints.register(new NewComplaint(Channel.IN_PERSON, "THEFT",
				new Person(DetectorBenchmark.NAMES[random.nextInt(DetectorBenchmark.NAMES.length)], mobile, null, null),
				null, text(4, 7),
				new Incident(LocalDate.ofInstant(clock.instant(), IST).minusDays(3), "ग्राम "
						+ DetectorBenchmark.VILLAGES[random.nextInt(DetectorBenchmark.VILLAGES.length)] + ", रामपुर", lat, lon),
				station.districtId(), station.id()), sho);
		ReferenceNumber reference = ReferenceNumber.parse(complaint.reference());
		complaints.assign(reference, io.officerId(), "जाँच करें", sho);
		return complaint.reference();
	}

	private void work(String ref, Actor io, Instant at, double lat, double lon, byte[] photo) {
		ReferenceNumber reference = ReferenceNumber.parse(ref);
		enquiries.recordContact(reference, at, ContactMode.VISIT, ContactOutcome.REACHED, null, io);
		long visit = enquiries.recordVisit(reference, at, lat, lon, 10.0, null, io);
		enquiries.addVisitPhoto(reference, visit, "spot.jpg", new ByteArrayInputStream(photo), io);
		enquiries.recordStatement(reference, Party.COMPLAINANT, "शिकायतकर्ता", "बयान दर्ज", io);
	}

	private void file(String reference, Actor io) {
		enquiries.submitReport(ReferenceNumber.parse(reference),
				new ReportDraft(text(5, 9) + " " + random.nextLong(), ActionTaken.WARNING, null, null), io);
	}

	private String text(int min, int max) {
		int phrases = min + random.nextInt(max - min + 1);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < phrases; i++) {
			text.append(DetectorBenchmark.PHRASES[random.nextInt(DetectorBenchmark.PHRASES.length)]).append("। ");
		}
		return text.toString().strip();
	}

	/** A point {@code meters} from {@code from} towards {@code bearing} (radians from north). */
	private static double[] offset(double[] from, double meters, double bearing) {
		double dLat = meters * Math.cos(bearing) / 111_195;
		double dLon = meters * Math.sin(bearing) / (111_195 * Math.cos(Math.toRadians(from[0])));
		return new double[] { from[0] + dLat, from[1] + dLon };
	}

	/** Haversine, as the detector measures. */
	private record Point(double[] at) {

		double metersTo(Point other) {
			double phi1 = Math.toRadians(at[0]);
			double phi2 = Math.toRadians(other.at[0]);
			double dPhi = phi2 - phi1;
			double dLambda = Math.toRadians(other.at[1] - at[1]);
			double a = Math.sin(dPhi / 2) * Math.sin(dPhi / 2)
					+ Math.cos(phi1) * Math.cos(phi2) * Math.sin(dLambda / 2) * Math.sin(dLambda / 2);
			return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(a)));
		}
	}
}
