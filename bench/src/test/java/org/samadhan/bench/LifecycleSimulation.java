package org.samadhan.bench;

import static io.gatling.javaapi.core.CoreDsl.*;
import static io.gatling.javaapi.http.HttpDsl.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Drives whole complaint lifecycles through the HTTP API: a citizen files, the IGRS cell marks it
 * to a station, the SHO assigns an IO, the IO records a contact, a site visit with a photo, the
 * complainant's statement and the report, and the SHO, CO and ASP approve it until it is disposed (and waits for the complainant's feedback).
 * Each virtual user does one lifecycle (11 calls) and leaves; a closed model keeps {@code users}
 * lifecycles in flight for {@code warmup + duration} seconds.
 *
 * <p>Only the last {@code duration} seconds are measured, in this same JVM (so the load generator
 * is warm too): lifecycles/s counts the lifecycles that completed inside that window, and the
 * percentiles are those of the calls and lifecycles that completed inside it. Gatling's own HTML
 * report covers the whole run, warm-up included.
 *
 * <p>System properties: {@code baseUrl} (loopback only, default http://127.0.0.1:8080), {@code users}
 * (concurrent lifecycles, default 8), {@code warmup} (seconds, default 90), {@code duration}
 * (measured seconds, default 120), {@code maxLifecycles} (hard cap on lifecycles started, default
 * 200000), {@code label} (printed). The run stops by itself: no lifecycle starts after
 * {@code warmup + duration}, and Gatling's maxDuration ends it 60 seconds after that whatever happens.
 */
public class LifecycleSimulation extends Simulation {

	private static final String PASSWORD = "demo-only";

	private final String baseUrl = System.getProperty("baseUrl", "http://127.0.0.1:8080");

	private final int users = Integer.getInteger("users", 8);

	private final int warmup = Integer.getInteger("warmup", 90);

	private final int duration = Integer.getInteger("duration", 120);

	private final long maxLifecycles = Long.getLong("maxLifecycles", 200_000L);

	private final String label = System.getProperty("label", "measure");

	private static final AtomicLong STARTED = new AtomicLong();

	private static final AtomicLong SUCCEEDED = new AtomicLong();

	private static final AtomicLong FAILED = new AtomicLong();

	/** The measured window, in System.nanoTime(); set in before(). */
	private static volatile long measureFrom = Long.MAX_VALUE;

	private static volatile long measureTo = Long.MAX_VALUE;

	/** Lifecycles completed in each 10 s of the whole run, warm-up included. */
	private static final AtomicLong[] PER_TEN_SECONDS = new AtomicLong[200];

	private static volatile long runStart;

	private static boolean measured(long nanos) {
		return nanos >= measureFrom && nanos < measureTo;
	}

	/** A station with the officers who act on its complaints. */
	record Station(String code, String shoAuth, String coAuth, List<Io> ios) {
	}

	record Io(long id, String auth) {
	}

	private final List<Station> stations;

	private final String cellAuth = basic("cell.rampur");

	private final String aspAuth = basic("asp.rampur");

	private final byte[] photo = jpeg(0);

	public LifecycleSimulation() {
		requireLoopback(baseUrl);
		stations = discoverStations();
		System.out.printf("[bench] %s: %d users, %d s warm-up + %d s measured, %d stations, photo %d bytes, target %s%n",
				label, users, warmup, duration, stations.size(), photo.length, baseUrl);
	}

	// ---------------------------------------------------------------- the lifecycle

	private final Iterator<Map<String, Object>> feeder = new Iterator<>() {

		private final AtomicLong next = new AtomicLong();

		/** A random start in the 9xxxxxxxxx space; consecutive lifecycles step through it. */
		private final long mobileBase = new Random().nextLong(1_000_000_000L);

		@Override
		public boolean hasNext() {
			return true;
		}

		@Override
		public Map<String, Object> next() {
			long n = next.getAndIncrement();
			Station station = stations.get((int) (n % stations.size()));
			Io io = station.ios().get((int) ((n / stations.size()) % station.ios().size()));
			Map<String, Object> row = new HashMap<>();
			row.put("mobile", "9" + String.format("%09d", (mobileBase + n * 7_919L) % 1_000_000_000L));
			row.put("station", station.code());
			row.put("shoAuth", station.shoAuth());
			row.put("coAuth", station.coAuth());
			row.put("ioId", io.id());
			row.put("ioAuth", io.auth());
			return row;
		}
	};

	/**
	 * Sentences a complaint of theft is made of, with slots ({item}, {place}, {time}, {who}) filled
	 * at random; three drawn at random make each text. Texts of many complainants, not one text: the
	 * scrutiny module links complaints whose texts are alike, and real repeats are few. (Until
	 * 2026-12-05 the sentences had no slots, so any two texts were two thirds alike and every band of
	 * every text matched hundreds of earlier ones: the detector's worst case, measured in
	 * RESULTS.md.)
	 */
	private static final String[] SENTENCES = { "My {item} was stolen from outside {place} {time}.",
			"A {item} was taken from my house near {place} {time}.",
			"Someone broke the lock at {place} {time} and took the {item}.",
			"Two boys on a motorcycle snatched the {item} near {place} {time}.",
			"{who} is suspected; he was seen near {place} {time}.",
			"{who} saw the man at {place} and can identify him.",
			"I went to the chowki near {place} but no report was written about the {item}.",
			"The {item} is said to be sold at the weekly market of {place}.",
			"There were earlier thefts near {place}, and {who} says nobody was caught.",
			"The {item} was kept in the verandah and was gone {time}.",
			"{who} found the gate of {place} open {time}.",
			"We searched {place} with {who} but the {item} was not found." };

	private static final String[] ITEMS = { "bicycle", "mobile phone", "gold chain", "buffalo", "pump set", "gas cylinder",
			"cash box", "motorcycle", "tractor battery", "goat", "television", "handpump head", "solar panel",
			"sewing machine", "ration bag", "water tank", "electric motor", "bridal jewellery", "laptop", "cart wheel" };

	private static final String[] WHO = { "The neighbour's servant", "The shopkeeper opposite", "My brother Suresh",
			"The village chowkidar", "A tea seller at the corner", "The milkman Raju", "Our tenant", "The night guard",
			"My cousin Anil", "The school peon", "A rickshaw puller", "The pradhan's son" };

	private static final String[] WHEN = { "in the evening", "at night", "before dawn", "around noon",
			"on Sunday morning", "during the fair", "while we slept", "on the day of the wedding", "after the rain",
			"at about nine" };

	/** The officer's findings, built as the complaint's text is: what was found, where, and what was done. */
	private static final String[] FINDINGS = { "The {item} was found abandoned near {place} and returned.",
			"{who} was questioned at {place} and named the buyer of the {item}.",
			"The complainant was met at {place} {time} and is satisfied with the action.",
			"The site at {place} was visited and the neighbours were heard.",
			"The {item} was recovered from a shop near {place} and handed over on receipt.",
			"Both parties were called to {place} and settled the matter before {who}.",
			"No trace of the {item} was found; the search at {place} goes on.",
			"The accused was bound over after {who} identified him at {place}." };

	/**
	 * With {@code -DsameTexts=true} the texts are the detector's worst case, as every run before
	 * 2026-12-05 had them: every report has the same findings (each is a copy of all before it) and
	 * every complaint is three of the twelve sentences with their slots filled alike.
	 */
	private static final boolean SAME_TEXTS = Boolean.getBoolean("sameTexts");

	private static String sentences(String[] sentences, String[] places) {
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		if (SAME_TEXTS && sentences == FINDINGS) {
			return "The cycle was found abandoned near the bus stand and returned.";
		}
		StringBuilder text = new StringBuilder();
		random.ints(0, sentences.length).distinct().limit(3).forEach(i -> text.append(sentences[i]
			.replace("{item}", ITEMS[SAME_TEXTS ? 0 : random.nextInt(ITEMS.length)])
			.replace("{place}", places[SAME_TEXTS ? 0 : random.nextInt(places.length)])
			.replace("{time}", WHEN[SAME_TEXTS ? 0 : random.nextInt(WHEN.length)])
			.replace("{who}", WHO[SAME_TEXTS ? 0 : random.nextInt(WHO.length)])).append(' '));
		return text.toString().trim();
	}

	/** Places the incidents happen at, with their positions. */
	private static final String[] PLACES = { "Near Ganj market, Rampur", "Bus stand, Milak", "Civil Lines crossing",
			"Village Patwai, by the school", "Swar tehsil road", "Tanda main bazaar", "Bilaspur gate",
			"Shahabad canal bridge", "Kemri chowk", "Azeemnagar mandi" };

	private String registration(io.gatling.javaapi.core.Session session) {
		String incidentDate = LocalDate.now(ZoneId.of("Asia/Kolkata")).minusDays(2).toString();
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		String description = sentences(SENTENCES, PLACES) + " Receipt " + session.getString("mobile") + ".";
		int place = random.nextInt(PLACES.length);
		return """
				{"categoryCode":"THEFT","complainant":{"name":"Ramesh","mobile":"%s"},				"description":"%s",				"incidentDate":"%s","incidentAddress":"%s",				"incidentLatitude":%.4f,"incidentLongitude":%.4f,"districtCode":"RAMPUR"}"""
			.formatted(session.getString("mobile"), description, incidentDate, PLACES[place], 28.70 + place * 0.03,
					79.00 + place * 0.02);
	}

	private final ChainBuilder lifecycle = exec(session -> {
		return session.set("lifecycleStart", System.nanoTime());
	}).group("lifecycle").on(exitBlockOnFail().on(
			call("01 register", http("01 register").post("/api/public/complaints")
				.body(StringBody(this::registration)).asJson()
				.check(status().is(201), jmesPath("reference").saveAs("ref"))),
			call("02 mark", http("02 mark").post("/api/complaints/#{ref}/mark")
				.header("Authorization", cellAuth)
				.body(StringBody("{\"stationCode\":\"#{station}\"}")).asJson()
				.check(status().is(200))),
			call("03 assign", http("03 assign").post("/api/complaints/#{ref}/assign")
				.header("Authorization", "#{shoAuth}")
				.body(StringBody("{\"officerId\":#{ioId}}")).asJson()
				.check(status().is(200))),
			call("04 contact", http("04 contact").post("/api/complaints/#{ref}/contacts")
				.header("Authorization", "#{ioAuth}")
				.body(StringBody(s -> "{\"contactedAt\":\"" + Instant.now()
						+ "\",\"mode\":\"CALL\",\"outcome\":\"REACHED\",\"note\":\"Spoke to the complainant on the phone.\"}"))
				.asJson()
				.check(status().is(201))),
			call("05 visit", http("05 visit").post("/api/complaints/#{ref}/visits")
				.header("Authorization", "#{ioAuth}")
				.body(StringBody(s -> "{\"visitedAt\":\"" + Instant.now()
						+ "\",\"latitude\":28.81,\"longitude\":79.03,\"accuracyMeters\":10}"))
				.asJson()
				.check(status().is(201), jmesPath("id").saveAs("visitId"))),
			call("06 photo", http("06 photo").post("/api/complaints/#{ref}/visits/#{visitId}/photos")
				.header("Authorization", "#{ioAuth}")
				.bodyPart(ByteArrayBodyPart("file", s -> jpeg(s.userId())).fileName("spot.jpg").contentType("image/jpeg"))
				.asMultipartForm()
				.check(status().is(201))),
			call("07 statement", http("07 statement").post("/api/complaints/#{ref}/statements")
				.header("Authorization", "#{ioAuth}")
				.body(StringBody("{\"party\":\"COMPLAINANT\",\"personName\":\"Ramesh\","
						+ "\"text\":\"I parked the cycle at six in the evening and it was gone by seven.\"}"))
				.asJson()
				.check(status().is(201))),
			call("08 report", http("08 report").post("/api/complaints/#{ref}/report")
				.header("Authorization", "#{ioAuth}")
				.body(StringBody(s -> "{\"findings\":\"" + sentences(FINDINGS, PLACES) + "\",\"actionTaken\":\"MEDIATION\"}"))
				.asJson()
				.check(status().is(201))),
			call("09 approve SHO", http("09 approve SHO").post("/api/complaints/#{ref}/review/approve")
				.header("Authorization", "#{shoAuth}")
				.body(StringBody("{\"grade\":\"A\",\"remarks\":\"ok\",\"flagOverrideReason\":\"checked by phone\"}")).asJson()
				.check(status().is(200), jmesPath("status").is("IN_REVIEW"))),
			call("10 approve CO", http("10 approve CO").post("/api/complaints/#{ref}/review/approve")
				.header("Authorization", "#{coAuth}")
				.body(StringBody("{\"grade\":\"A\",\"remarks\":\"ok\",\"flagOverrideReason\":\"checked by phone\"}")).asJson()
				.check(status().is(200), jmesPath("status").is("IN_REVIEW"))),
			call("11 approve ASP", http("11 approve ASP").post("/api/complaints/#{ref}/review/approve")
				.header("Authorization", aspAuth)
				.body(StringBody("{\"grade\":\"A\",\"remarks\":\"ok\",\"flagOverrideReason\":\"checked by phone\"}")).asJson()
				.check(status().is(200), jmesPath("status").is("FEEDBACK_PENDING")))))
		.exec(session -> {
			long now = System.nanoTime();
			int bucket = (int) ((now - runStart) / 10_000_000_000L);
			if (!session.isFailed() && bucket >= 0 && bucket < PER_TEN_SECONDS.length) {
				PER_TEN_SECONDS[bucket].incrementAndGet();
			}
			if (!measured(now)) {
				return session;
			}
			if (session.isFailed()) {
				FAILED.incrementAndGet();
				FAILED_AT.computeIfAbsent(session.getString("step"), k -> new AtomicLong()).incrementAndGet();
			}
			else {
				SUCCEEDED.incrementAndGet();
				record("lifecycle (all 11 calls)", (now - session.getLong("lifecycleStart")) / 1_000_000L);
			}
			return session;
		});

	/** One call of the lifecycle: its name is remembered (to say where a lifecycle failed) and its time kept. */
	private static ChainBuilder call(String name, HttpRequestActionBuilder request) {
		return exec(session -> session.set("step", name))
			.exec(request.check(responseTimeInMillis().saveAs("rt")))
			.exec(session -> {
				record(name, session.getInt("rt"));
				return session;
			});
	}

	private static final Map<String, List<Long>> TIMES = new ConcurrentSkipListMap<>();

	private static final Map<String, AtomicLong> FAILED_AT = new ConcurrentSkipListMap<>();

	private static void record(String name, long millis) {
		if (!measured(System.nanoTime())) {
			return;
		}
		List<Long> times = TIMES.computeIfAbsent(name, k -> Collections.synchronizedList(new ArrayList<>()));
		times.add(millis);
	}

	private final ScenarioBuilder scenario = scenario("lifecycle").feed(feeder)
		.doIf(session -> STARTED.incrementAndGet() <= maxLifecycles)
		.then(lifecycle);

	private final HttpProtocolBuilder protocol = http.baseUrl(baseUrl)
		.acceptHeader("application/json")
		.acceptLanguageHeader("en")
		.userAgentHeader("samadhan-bench")
		.shareConnections();

	{
		setUp(scenario.injectClosed(constantConcurrentUsers(users).during(Duration.ofSeconds(warmup + duration))))
			.protocols(protocol)
			.maxDuration(Duration.ofSeconds(warmup + duration + 60L));
	}

	@Override
	public void before() {
		for (int i = 0; i < PER_TEN_SECONDS.length; i++) {
			PER_TEN_SECONDS[i] = new AtomicLong();
		}
		runStart = System.nanoTime();
		measureFrom = runStart + warmup * 1_000_000_000L;
		measureTo = measureFrom + duration * 1_000_000_000L;
		// markers for run.sh, which takes CPU readings of the app and PostgreSQL between them
		Thread marker = new Thread(() -> {
			try {
				Thread.sleep(warmup * 1000L);
				System.out.println("BENCH_MARK measure-start");
				Thread.sleep(duration * 1000L);
				System.out.println("BENCH_MARK measure-end");
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}, "bench-marker");
		marker.setDaemon(true);
		marker.start();
	}

	@Override
	public void after() {
		long ok = SUCCEEDED.get();
		long ko = FAILED.get();
		double seconds = duration;
		System.out.printf("%n[bench] %s: lifecycles completed=%d failed=%d in the measured %d s (after %d s warm-up) with %d concurrent users%n",
				label, ok, ko, duration, warmup, users);
		System.out.printf("[bench] %s: lifecycles/s=%.1f%n", label, ok / seconds);
		StringBuilder timeline = new StringBuilder();
		int buckets = (warmup + duration + 9) / 10;
		for (int i = 0; i < Math.min(buckets, PER_TEN_SECONDS.length); i++) {
			timeline.append(i == warmup / 10 ? " | " : " ").append(Math.round(PER_TEN_SECONDS[i].get() / 10.0));
		}
		System.out.printf("[bench] %s: lifecycles/s in each 10 s of the run (| = measuring starts):%s%n", label, timeline);
		System.out.printf("[bench] %s: response times of successful calls, ms (errors = lifecycles that failed at that call)%n", label);
		System.out.printf("[bench] %s: %-26s %8s %7s %7s %7s %7s %7s %7s%n", label, "call", "count", "errors", "p50", "p95", "p99", "max", "mean");
		for (Map.Entry<String, List<Long>> entry : TIMES.entrySet()) {
			List<Long> times;
			synchronized (entry.getValue()) {
				times = new ArrayList<>(entry.getValue());
			}
			Collections.sort(times);
			AtomicLong errors = FAILED_AT.get(entry.getKey());
			double mean = times.stream().mapToLong(Long::longValue).average().orElse(0);
			System.out.printf("[bench] %s: %-26s %8d %7d %7d %7d %7d %7d %7.1f%n", label, entry.getKey(), times.size(),
					errors == null ? 0 : errors.get(), percentile(times, 50), percentile(times, 95),
					percentile(times, 99), times.isEmpty() ? 0 : times.get(times.size() - 1), mean);
		}
		FAILED_AT.forEach((step, n) -> {
			if (!TIMES.containsKey(step)) {
				System.out.printf("[bench] %s: %-26s %8d %7d%n", label, step, 0, n.get());
			}
		});
		System.out.printf("BENCH_RESULT label=%s users=%d lifecycles=%d failed=%d seconds=%.0f per_second=%.2f%n",
				label, users, ok, ko, seconds, ok / seconds);
	}

	/** The nearest-rank percentile of sorted values. */
	private static long percentile(List<Long> sorted, double p) {
		if (sorted.isEmpty()) {
			return 0;
		}
		int rank = (int) Math.ceil(p / 100.0 * sorted.size());
		return sorted.get(Math.max(0, Math.min(sorted.size() - 1, rank - 1)));
	}

	// ---------------------------------------------------------------- setup, outside the measurement

	/** The stations of Rampur, with each one's SHO, IOs (looked up as the SHO) and circle officer. */
	private List<Station> discoverStations() {
		HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		Map<Long, String> circleCode = new HashMap<>();
		for (Map<String, String> unit : objects(get(client, "/api/public/units?kind=CIRCLE", null))) {
			circleCode.put(Long.parseLong(unit.get("id")), unit.get("code"));
		}
		List<Station> found = new ArrayList<>();
		for (Map<String, String> unit : objects(get(client, "/api/public/units?kind=STATION", null))) {
			String code = unit.get("code");
			if (!code.startsWith("RAMPUR_")) {
				continue;
			}
			String slug = code.substring("RAMPUR_".length()).toLowerCase().replace('_', '-');
			String circle = circleCode.get(Long.parseLong(unit.get("parentId")));
			if (circle == null || !circle.startsWith("RAMPUR_CIRCLE_")) {
				throw new IllegalStateException("no circle for " + code);
			}
			String co = "co." + circle.substring("RAMPUR_CIRCLE_".length()).toLowerCase().replace('_', '-');
			String shoAuth = basic("sho." + slug);
			List<Io> ios = new ArrayList<>();
			for (Map<String, String> officer : objects(
					get(client, "/api/stations/" + code + "/officers?role=IO", shoAuth))) {
				ios.add(new Io(Long.parseLong(officer.get("id")), basic(officer.get("username"))));
			}
			if (ios.isEmpty()) {
				throw new IllegalStateException("no IO at " + code);
			}
			found.add(new Station(code, shoAuth, basic(co), List.copyOf(ios)));
		}
		if (found.isEmpty()) {
			throw new IllegalStateException("no Rampur stations at " + baseUrl + ": is the demo district loaded?");
		}
		return List.copyOf(found);
	}

	private String get(HttpClient client, String path, String auth) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(10))
			.header("Accept", "application/json")
			.header("Accept-Language", "en");
		if (auth != null) {
			request.header("Authorization", auth);
		}
		try {
			HttpResponse<String> response = client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " -> " + response.statusCode() + " " + response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static final Pattern OBJECT = Pattern.compile("\\{([^{}]*)}");

	private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[-\\w.]+)");

	/** The flat objects of a JSON array, their fields as strings (enough for units and officers). */
	private static List<Map<String, String>> objects(String json) {
		List<Map<String, String>> objects = new ArrayList<>();
		Matcher object = OBJECT.matcher(json);
		while (object.find()) {
			Map<String, String> fields = new HashMap<>();
			Matcher field = FIELD.matcher(object.group(1));
			while (field.find()) {
				fields.put(field.group(1), field.group(3) != null ? field.group(3) : field.group(2));
			}
			objects.add(fields);
		}
		return objects;
	}

	private static String basic(String username) {
		return "Basic " + Base64.getEncoder()
			.encodeToString((username + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** The load goes to this machine only. */
	private static void requireLoopback(String url) {
		try {
			String host = URI.create(url).getHost();
			if (host == null || !InetAddress.getByName(host).isLoopbackAddress()) {
				throw new IllegalArgumentException("baseUrl must be a loopback address, not " + url);
			}
		}
		catch (java.net.UnknownHostException ex) {
			throw new IllegalArgumentException("baseUrl host unknown: " + url, ex);
		}
	}

	/**
	 * A real JPEG of a few KB (noise compresses badly, like a photo), a picture of its own for each
	 * lifecycle (a few shapes where the seed puts them): the same photo filed in two complaints is
	 * flagged as reused, and a flagged report is not approved without a reason.
	 */
	private static byte[] jpeg(long seed) {
		System.setProperty("java.awt.headless", "true");
		BufferedImage image = new BufferedImage(96, 72, BufferedImage.TYPE_INT_RGB);
		Random random = new Random(seed * 7919 + 42);
		java.awt.Graphics2D g = image.createGraphics();
		for (int i = 0; i < 8; i++) {
			g.setColor(new java.awt.Color(random.nextInt(1 << 24)));
			g.fillRect(random.nextInt(96) - 20, random.nextInt(72) - 20, 10 + random.nextInt(50), 10 + random.nextInt(40));
		}
		g.dispose();
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				int rgb = image.getRGB(x, y);
				int n = random.nextInt(30);
				image.setRGB(x, y, rgb ^ (n << 16 | n << 8 | n));
			}
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			if (!ImageIO.write(image, "jpg", out)) {
				throw new IllegalStateException("no JPEG writer");
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		byte[] bytes = out.toByteArray();
		if ((bytes[0] & 0xFF) != 0xFF || (bytes[1] & 0xFF) != 0xD8 || (bytes[2] & 0xFF) != 0xFF) {
			throw new IllegalStateException("not a JPEG");
		}
		return bytes;
	}
}
