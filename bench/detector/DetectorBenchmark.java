package org.samadhan.bench;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

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
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The paper-disposal detector's cost per report, and the repeat check's per registration, with a
 * station that already holds many checked reports. Starts the application in-process (demo
 * district), files PRELOAD reports at Kotwali through the real services (OFFICER_SHARE of them by
 * io.kotwali.1, the rest by io.kotwali.2), then files MEASURED more by io.kotwali.1 and reads the
 * detector's own timers ({@code samadhan.scrutiny.report-check}, {@code samadhan.scrutiny.repeat-check})
 * over those alone. Report texts are built from 40 stock phrases plus case details, as police reports
 * are; one in twenty is pasted from an earlier report of the same officer with one word changed.
 * Every report carries a photo with EXIF, so the detector reads it.
 *
 * <p>Run with {@code bench/detector/run.sh} (not a test: it prints figures, asserts nothing).
 */
public final class DetectorBenchmark {

	static final String[] PHRASES = { "मौके पर जाकर जाँच की गई", "शिकायतकर्ता से संपर्क कर बयान लिया गया",
			"विपक्षी को थाने बुलाकर समझाया गया", "दोनों पक्षों में आपसी समझौता हो गया है", "विपक्षी को शांति भंग में पाबंद किया गया",
			"गाँव के सम्मानित लोगों की उपस्थिति में", "लेखपाल से नापजोख कराई गई", "अब कोई विवाद शेष नहीं है",
			"शिकायतकर्ता संतुष्ट है", "आरोप निराधार पाए गए", "घटना की पुष्टि नहीं हुई", "चोरी गया सामान बरामद कर लिया गया",
			"अभियोग पंजीकृत कर विवेचना की जा रही है", "गवाहों के बयान दर्ज किए गए", "आस-पास के लोगों से पूछताछ की गई",
			"सीसीटीवी फुटेज देखी गई", "विपक्षी को कड़ी चेतावनी दी गई", "मामला दीवानी प्रकृति का है", "न्यायालय में वाद विचाराधीन है",
			"पैसे का लेन-देन का मामला है", "रास्ते को लेकर विवाद था", "नाली के पानी को लेकर झगड़ा हुआ था",
			"मारपीट की घटना हुई थी", "गाली-गलौज व धमकी दी गई थी", "मोबाइल फोन बरामद कर सुपुर्द किया गया",
			"बीट सिपाही को निगरानी हेतु निर्देशित किया गया", "हल्का प्रभारी द्वारा स्थलीय निरीक्षण किया गया",
			"प्रार्थना पत्र में उल्लिखित तथ्य आंशिक रूप से सही पाए गए", "दोनों पक्ष पड़ोसी हैं", "पूर्व में भी विवाद हो चुका है",
			"पुलिस द्वारा मौके पर शांति व्यवस्था कायम कराई गई", "शिकायतकर्ता ने आगे कार्यवाही न चाहने का लिखित दिया",
			"विपक्षी ने गलती स्वीकार की", "रकम वापस दिला दी गई", "ट्रैक्टर से मेड़ काटने का आरोप है", "मेड़ दोबारा बनवा दी गई",
			"महिला आरक्षी की उपस्थिति में बयान लिया गया", "नशे की हालत में झगड़ा हुआ था", "बिजली के तार को लेकर विवाद था",
			"जाँच आख्या सादर सेवा में प्रेषित है" };

	static final String[] NAMES = { "रमेश", "सुरेश", "महेश", "अनीता", "सलमा", "इरफान", "गीता", "राजू", "नसीम", "पूजा",
			"मोहन", "शबनम", "विनोद", "रुखसार", "कमला", "अशोक" };

	static final String[] VILLAGES = { "रेबड़ी कलां", "घेर", "नगरिया", "पटवाई", "सैफनी", "मिलक", "केमरी", "अजीमनगर",
			"भोट", "गंज", "सिविल लाइंस", "खजुरिया" };

	static final ZoneId IST = ZoneId.of("Asia/Kolkata");

	public static void main(String[] args) {
		int preload = Integer.getInteger("preload", 5000);
		double officerShare = Double.parseDouble(System.getProperty("officerShare", "0.1"));
		int measured = Integer.getInteger("measured", 300);
		ConfigurableApplicationContext context = new SpringApplicationBuilder(SamadhanApplication.class)
			.profiles("demo")
			.run(args);
		try {
			new DetectorBenchmark(context).run(preload, officerShare, measured);
		}
		finally {
			context.close();
		}
	}

	private final Complaints complaints;

	private final Enquiries enquiries;

	private final Clock clock;

	private final MeterRegistry meters;

	private final JdbcClient jdbc;

	private final Actor sho;

	private final Actor io1;

	private final Actor io2;

	private final Unit station;

	private final Random random = new Random(20261128);

	private final List<String> io1Texts = new ArrayList<>();

	private DetectorBenchmark(ConfigurableApplicationContext context) {
		this.complaints = context.getBean(Complaints.class);
		this.enquiries = context.getBean(Enquiries.class);
		this.clock = context.getBean(Clock.class);
		this.meters = context.getBean(MeterRegistry.class);
		this.jdbc = context.getBean(JdbcClient.class);
		Jurisdiction jurisdiction = context.getBean(Jurisdiction.class);
		this.sho = jurisdiction.findOfficerByUsername("sho.kotwali").orElseThrow().asActor();
		this.io1 = jurisdiction.findOfficerByUsername("io.kotwali.1").orElseThrow().asActor();
		this.io2 = jurisdiction.findOfficerByUsername("io.kotwali.2").orElseThrow().asActor();
		this.station = jurisdiction.unitByCode("RAMPUR_KOTWALI").orElseThrow();
	}

	private void run(int preload, double officerShare, int measured) {
		long started = System.nanoTime();
		int byOfficer = 0;
		for (int i = 0; i < preload; i++) {
			boolean mine = random.nextDouble() < officerShare;
			byOfficer += mine ? 1 : 0;
			lifecycle(mine ? io1 : io2);
			if ((i + 1) % 500 == 0) {
				System.out.printf(Locale.ROOT, "preloaded %d reports (%.0f s)%n", i + 1, (System.nanoTime() - started) / 1e9);
			}
		}
		double preloadSeconds = (System.nanoTime() - started) / 1e9;

		Timer check = meters.get("samadhan.scrutiny.report-check").timer();
		Timer repeat = meters.get("samadhan.scrutiny.repeat-check").timer();
		long checksBefore = check.count();
		double checkNanosBefore = check.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS);
		long repeatsBefore = repeat.count();
		double repeatNanosBefore = repeat.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS);
		long flagsBefore = textFlags();
		double[] filing = new double[measured];
		for (int i = 0; i < measured; i++) {
			filing[i] = lifecycle(io1);
		}
		long checks = check.count() - checksBefore;
		double checkMs = (check.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) - checkNanosBefore) / checks / 1e6;
		long repeats = repeat.count() - repeatsBefore;
		double repeatMs = (repeat.totalTime(java.util.concurrent.TimeUnit.NANOSECONDS) - repeatNanosBefore) / repeats / 1e6;
		Arrays.sort(filing);
		long stationReports = jdbc.sql("select count(*) from scrutiny_report_text where station_id = ?")
			.param(station.id())
			.query(Long.class)
			.single();
		long officerReports = jdbc.sql("select count(*) from scrutiny_report_text where officer_id = ?")
			.param(io1.officerId())
			.query(Long.class)
			.single();
		String database = jdbc.sql("select version()").query(String.class).single();

		System.out.println();
		System.out.println("=== detector benchmark ===");
		System.out.println("database: " + database);
		System.out.printf(Locale.ROOT, "preload: %d reports at the station (%d by the officer) in %.0f s%n", preload,
				byOfficer, preloadSeconds);
		System.out.printf(Locale.ROOT, "measured: %d reports by the officer; at the end the station holds %d signed reports, the officer %d%n",
				measured, stationReports, officerReports);
		System.out.printf(Locale.ROOT, "detector, mean per report: %.2f ms (%d checks)%n", checkMs, checks);
		System.out.printf(Locale.ROOT, "filing a report (submitReport, detector included) p50 / p95 / p99 / max: %.1f / %.1f / %.1f / %.1f ms%n",
				pct(filing, 0.5), pct(filing, 0.95), pct(filing, 0.99), filing[filing.length - 1]);
		System.out.printf(Locale.ROOT, "repeat check, mean per registration: %.2f ms (%d registrations)%n", repeatMs,
				repeats);
		System.out.printf(Locale.ROOT, "text flags raised in the measured reports: %d (1 in 20 is pasted)%n",
				textFlags() - flagsBefore);
	}

	private long textFlags() {
		return jdbc.sql("select count(distinct report_id) from scrutiny_flag where code = 'TEXT_NEARLY_IDENTICAL'")
			.query(Long.class)
			.single();
	}

	private static double pct(double[] sorted, double p) {
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
	}

	/** One complaint to a filed report; answers the filing's time in milliseconds. */
	private double lifecycle(Actor io) {
		String village = VILLAGES[random.nextInt(VILLAGES.length)];
		double lat = 28.78 + random.nextDouble() * 0.08;
		double lon = 79.00 + random.nextDouble() * 0.08;
		String mobile = (6 + random.nextInt(4)) + String.format("%09d", random.nextInt(1_000_000_000));
		ComplaintView complaint = complaints.register(new NewComplaint(Channel.IN_PERSON, "THEFT",
				new Person(NAMES[random.nextInt(NAMES.length)], mobile, null, null), null, text(4, 7),
				new Incident(LocalDate.now(IST).minusDays(3), "ग्राम " + village + ", रामपुर", lat, lon),
				station.districtId(), station.id()), sho);
		ReferenceNumber reference = ReferenceNumber.parse(complaint.reference());
		complaints.assign(reference, io.officerId(), "जाँच करें", sho);
		Instant at = clock.instant().minus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);
		enquiries.recordContact(reference, at, ContactMode.CALL, ContactOutcome.REACHED, null, io);
		long visit = enquiries.recordVisit(reference, at, lat, lon, 10.0, null, io);
		enquiries.addVisitPhoto(reference, visit, "spot.jpg", new ByteArrayInputStream(photo(at, lat, lon)), io);
		enquiries.recordStatement(reference, Party.COMPLAINANT, "शिकायतकर्ता", "बयान दर्ज", io);
		String findings;
		if (io == io1 && !io1Texts.isEmpty() && random.nextInt(20) == 0) {
			findings = io1Texts.get(random.nextInt(io1Texts.size())).replaceFirst(" ", " पुनः ");
		}
		else {
			findings = text(5, 9) + " " + NAMES[random.nextInt(NAMES.length)] + " पुत्र "
					+ NAMES[random.nextInt(NAMES.length)] + " निवासी " + village + "।";
		}
		if (io == io1) {
			io1Texts.add(findings);
		}
		long started = System.nanoTime();
		enquiries.submitReport(reference, new ReportDraft(findings, ActionTaken.WARNING, null, null), io);
		return (System.nanoTime() - started) / 1e6;
	}

	private String text(int min, int max) {
		int phrases = min + random.nextInt(max - min + 1);
		StringBuilder text = new StringBuilder();
		for (int i = 0; i < phrases; i++) {
			text.append(PHRASES[random.nextInt(PHRASES.length)]).append("। ");
		}
		return text.toString().strip();
	}

	/** A minimal JPEG with EXIF DateTimeOriginal and GPS, little-endian (as phones write). */
	static byte[] photo(Instant at, double lat, double lon) {
		ByteBuffer t = ByteBuffer.allocate(200).order(ByteOrder.LITTLE_ENDIAN);
		t.put(new byte[] { 'I', 'I' }).putShort((short) 42).putInt(8);
		// IFD0 at 8: two pointers
		t.putShort((short) 2);
		t.putShort((short) 0x8769).putShort((short) 4).putInt(1).putInt(38);
		t.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(76);
		t.putInt(0);
		// EXIF IFD at 38: DateTimeOriginal, its 20 bytes at 56
		t.position(38);
		t.putShort((short) 1);
		t.putShort((short) 0x9003).putShort((short) 2).putInt(20).putInt(56);
		t.putInt(0);
		t.position(56);
		t.put((DateTimeFormatter.ofPattern("yyyy:MM:dd HH:mm:ss").format(LocalDateTime.ofInstant(at, IST)) + "\0")
			.getBytes(StandardCharsets.US_ASCII));
		// GPS IFD at 76: four entries, rationals at 130 and 154
		t.position(76);
		t.putShort((short) 4);
		t.putShort((short) 1).putShort((short) 2).putInt(2).put(new byte[] { 'N', 0, 0, 0 });
		t.putShort((short) 2).putShort((short) 5).putInt(3).putInt(130);
		t.putShort((short) 3).putShort((short) 2).putInt(2).put(new byte[] { 'E', 0, 0, 0 });
		t.putShort((short) 4).putShort((short) 5).putInt(3).putInt(154);
		t.putInt(0);
		t.position(130);
		rational(t, lat);
		rational(t, lon);
		byte[] tiff = Arrays.copyOf(t.array(), 178);
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		jpeg.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD8 });
		int length = 2 + 6 + tiff.length;
		jpeg.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xE1, (byte) (length >> 8), (byte) length });
		jpeg.writeBytes("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
		jpeg.writeBytes(tiff);
		jpeg.writeBytes(new byte[] { (byte) 0xFF, (byte) 0xD9 });
		return jpeg.toByteArray();
	}

	private static void rational(ByteBuffer t, double degrees) {
		int whole = (int) degrees;
		double minutes = (degrees - whole) * 60;
		t.putInt(whole).putInt(1).putInt((int) minutes).putInt(1)
			.putInt((int) Math.round((minutes - (int) minutes) * 60_000)).putInt(1000);
	}
}
