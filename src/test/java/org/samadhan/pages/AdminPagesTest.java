package org.samadhan.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.samadhan.support.Story.expect;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.samadhan.jurisdiction.BulkSetup;
import org.samadhan.jurisdiction.TransferList;
import org.samadhan.shared.Label;
import org.samadhan.support.Api;
import org.samadhan.support.NewOfficers;
import org.samadhan.support.SamadhanTest;
import org.samadhan.support.Staff;
import org.samadhan.support.Story;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The administrators' pages as a district's and the state's administrator use them, in Hindi and
 * English: every page reached from the home page, a label on every input and the CSRF token on
 * every form that changes something, refusals next to their field with the form as typed, another
 * district's pages not found and no page at all for an officer who administers nothing. Each test
 * makes its own units and officers with random codes (on PostgreSQL the suite shares a database).
 */
@SamadhanTest
class AdminPagesTest {

	static final String ADMIN = "admin.rampur";

	static final String STATE = "admin.up";

	static final String CIRCLE = "RAMPUR_CIRCLE_CITY";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MessageSource messages;

	Api api;

	Story story;

	Staff staff;

	String tag;

	@BeforeEach
	void connect() {
		api = Api.at(port);
		story = new Story(api);
		staff = new Staff(api, jdbc);
		tag = Long.toString(ThreadLocalRandom.current().nextLong(36L * 36 * 36 * 36 * 36), 36).toUpperCase();
	}

	@Test
	void aDistrictAdministratorReachesEveryAdministrationPageFromTheHomePageInHindiAndInEnglish() throws IOException {
		PageMannersTest.Client admin = signedIn(ADMIN);
		Document home = page(admin, "/home");
		assertThat(home.select("main a[href=\"/admin\"]").text()).isEqualTo(hi("page.link.admin.name"));

		Document administration = page(admin, "/admin");
		assertThat(administration.select("h1").text()).isEqualTo(hi("page.admin.home.title"));
		assertThat(administration.select("#districts")).as("the staffing of districts is the state's").isEmpty();
		List<String> links = administration.select("#admin-links a").eachAttr("href");
		assertThat(links).containsExactly("/admin/districts/RAMPUR", "/admin/officers", "/admin/officers/new",
				"/admin/districts/RAMPUR/setup", "/admin/transfers", "/admin/changes");
		for (String link : links) {
			Document linked = page(admin, link);
			assertThat(linked.select("html").attr("lang")).as(link).isEqualTo("hi");
			assertThat(linked.select("h1").text()).as(link).isNotBlank();
		}

		assertThat(page(admin, "/admin?lang=en").select("h1").text()).isEqualTo(en("page.admin.home.title"));
		assertThat(page(admin, "/admin/officers").select("h1").text()).isEqualTo(en("page.admin.officers.title"));
		assertThat(page(admin, "/admin/transfers").select("h1").text()).isEqualTo(en("page.admin.transfers.title"));
		assertThat(page(admin, "/admin/districts/RAMPUR").select("h1").text())
			.isEqualTo(messages.getMessage("page.admin.district.title", new Object[] { "Rampur" }, Locale.ENGLISH));
	}

	@Test
	void everyInputHasALabelAndEveryFormThatChangesSomethingCarriesItsCsrfToken() throws IOException {
		String station = staff.station(ADMIN, CIRCLE);
		Staff.Member io = staff.create(ADMIN, station + "_HALKA_1", "IO");
		Map<String, List<String>> pages = Map.of(ADMIN,
				List.of("/admin", "/admin/districts/RAMPUR", "/admin/districts/RAMPUR/units/" + station,
						"/admin/officers", "/admin/officers/new", "/admin/officers/" + io.id(),
						"/admin/districts/RAMPUR/setup", "/admin/transfers", "/admin/changes"),
				STATE, List.of("/admin", "/admin/officers", "/admin/officers/new", "/admin/officers/" + io.id()));
		for (Map.Entry<String, List<String>> admin : pages.entrySet()) {
			PageMannersTest.Client client = signedIn(admin.getKey());
			for (String path : admin.getValue()) {
				Document page = page(client, path);
				for (Element input : page.select("main input, main select, main textarea")) {
					if (input.attr("type").matches("hidden|submit|button")) {
						continue;
					}
					assertThat(input.id()).as(path + ": " + input).isNotEmpty();
					assertThat(page.select("label[for=" + input.id() + "]")).as(path + ": label for " + input.id())
						.hasSize(1);
				}
				for (Element form : page.select("main form[method=post]")) {
					assertThat(form.select("input[name=_csrf]")).as(path + ": " + form.attr("action")).hasSize(1);
				}
				assertThat(page.select("main input[type=file]")).allSatisfy(
						file -> assertThat(file.closest("form").attr("enctype")).isEqualTo("multipart/form-data"));
			}
		}
	}

	@Test
	void anOfficerWhoAdministersNothingGetsTheNotAllowedPageAndAnotherDistrictsPagesAreNotFound() throws IOException {
		PageMannersTest.Client sho = signedIn(Story.SHO);
		for (String path : List.of("/admin", "/admin/officers", "/admin/officers/new", "/admin/districts/RAMPUR",
				"/admin/districts/RAMPUR/setup", "/admin/transfers", "/admin/changes")) {
			HttpResponse<String> refused = sho.get(path);
			assertThat(refused.statusCode()).as(path).isEqualTo(403);
			assertThat(Jsoup.parse(refused.body()).select("h1").text()).as(path).isEqualTo("अनुमति नहीं");
		}
		String token = PageMannersTest.csrfToken(sho.get("/home").body());
		String username = "p" + tag.toLowerCase() + ".io";
		assertThat(sho.post("/admin/officers/new", "_csrf=" + token + "&username=" + username).statusCode())
			.isEqualTo(403);
		assertThat(officerId(username)).as("nothing created").isNull();

		long amrohaSho = officerId("sho.amroha-kotwali");
		String station = staff.station(ADMIN, CIRCLE);
		Staff.Member rampurIo = staff.create(ADMIN, station + "_HALKA_1", "IO");
		PageMannersTest.Client admin = signedIn(ADMIN);
		for (String path : List.of("/admin/districts/AMROHA", "/admin/districts/AMROHA/setup",
				"/admin/districts/RAMPUR/units/AMROHA_KOTWALI", "/admin/districts/AMROHA/units/AMROHA_KOTWALI",
				"/admin/officers/" + amrohaSho, "/admin/officers/not-a-number", "/admin/officers?status=NOPE",
				"/admin/officers/" + Long.MAX_VALUE, "/admin/uploads/999999999", "/admin/uploads/x/progress",
				"/admin/districts/RAMPUR/units/NO_SUCH_UNIT", "/admin/setup/examples/secrets.csv")) {
			HttpResponse<String> missing = admin.get(path);
			assertThat(missing.statusCode()).as(path).isEqualTo(404);
			assertThat(Jsoup.parse(missing.body()).select("h1").text()).as(path).isEqualTo("पृष्ठ नहीं मिला");
		}
		assertThat(admin.get("/admin/officers?page=many&q=%25").statusCode()).isEqualTo(200);
		assertThat(signedIn("admin.amroha").get("/admin/officers/" + rampurIo.id()).statusCode()).isEqualTo(404);
		assertThat(signedIn(STATE).get("/admin/officers/" + rampurIo.id()).statusCode()).isEqualTo(200);
	}

	@Test
	void theStateAdministratorSeesWhichDistrictsAreNotYetStaffedAndOpensTheirUnits() throws IOException {
		PageMannersTest.Client state = signedIn(STATE);
		Document home = page(state, "/admin");
		assertThat(home.select("#district-AGRA .unstaffed").text()).isEqualTo(hi("page.admin.districts.unstaffed"));
		assertThat(home.select("#district-RAMPUR .staffed").text()).isEqualTo(hi("page.admin.districts.staffed"));
		assertThat(home.select("#district-AMROHA .staffed")).hasSize(1);
		String amroha = home.select("#district-AMROHA a.card-title").attr("href");
		Document units = page(state, amroha);
		assertThat(units.select("#tree #unit-AMROHA_KOTWALI")).hasSize(1);
		assertThat(page(state, "/admin/officers?district=AMROHA").select("[id=officer-sho.amroha-kotwali]")).hasSize(1);
		assertThat(page(state, "/admin/officers?district=AMROHA").select("[id=officer-sho.kotwali]")).isEmpty();
	}

	@Test
	void aUnitIsAddedRenamedAndClosedAndEachRefusalComesBackNextToItsFieldAsTyped() throws IOException {
		String code = "RAMPUR_P" + tag;
		PageMannersTest.Client admin = signedIn(ADMIN);
		Document district = page(admin, "/admin/districts/RAMPUR");
		String token = PageMannersTest.csrfToken(district.html());

		Document refused = Jsoup.parse(admin.post("/admin/districts/RAMPUR/units", form(token, "kind", "STATION",
				"parentCode", CIRCLE, "code", code, "nameEn", "Pages " + tag, "nameHi", "Thana", "latitude", "north"))
			.body());
		assertThat(refused.select("#unit-name-hi-error").text()).isEqualTo(hi("admin.name-hi.devanagari"));
		assertThat(refused.select("#unit-latitude-error").text()).isEqualTo(hi("page.admin.number.unreadable"));
		assertThat(refused.select("#unit-name-en").val()).as("kept as typed").isEqualTo("Pages " + tag);
		assertThat(refused.select("#unit-code").val()).isEqualTo(code);
		assertThat(refused.select("#unit-parent option[selected]").val()).isEqualTo(CIRCLE);
		Document wrongParent = Jsoup.parse(admin.post("/admin/districts/RAMPUR/units", form(token, "kind", "STATION",
				"parentCode", "RAMPUR", "code", code, "nameEn", "Pages " + tag, "nameHi", "पृष्ठ थाना")).body());
		assertThat(wrongParent.select("#unit-parent-error").text()).isEqualTo(messages.getMessage(
				"admin.unit.parent.wrong-kind", new Object[] { Label.of("kind", org.samadhan.jurisdiction.UnitKind.STATION),
						Label.of("kind", org.samadhan.jurisdiction.UnitKind.CIRCLE) }, HINDI));
		assertThat(unitCount(code)).as("a refused form writes nothing").isZero();

		HttpResponse<String> added = admin.post("/admin/districts/RAMPUR/units", form(token, "kind", "STATION",
				"parentCode", CIRCLE, "code", code, "nameEn", "Pages " + tag, "nameHi", "पृष्ठ थाना " + tag, "latitude",
				"28.81", "longitude", "79.03"));
		assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
		assertThat(admin.post("/admin/districts/RAMPUR/units", form(token, "kind", "BEAT", "parentCode", code, "code",
				code + "_HALKA_1", "nameEn", "Beat 1", "nameHi", "हल्का 1")).statusCode()).isEqualTo(302);
		Document tree = page(admin, "/admin/districts/RAMPUR");
		assertThat(tree.select("#unit-" + CIRCLE + " #unit-" + code + " #unit-" + code + "_HALKA_1")).hasSize(1);

		// Someone else renames it between reading the page and sending the form.
		String unitPath = "/admin/districts/RAMPUR/units/" + code;
		Document unit = page(admin, unitPath);
		String readVersion = unit.select("#rename input[name=version]").val();
		expect(api.as(STATE).put("/api/admin/units/" + code, "{\"nameEn\":\"Renamed by the state\",\"nameHi\":\"राज्य द्वारा\","
				+ "\"version\":" + readVersion + "}", "application/json"), 200);
		Document meanwhile = Jsoup.parse(admin.post(unitPath + "/change", form(token, "version", readVersion, "nameEn",
				"Pages station " + tag, "nameHi", "पृष्ठ थाना " + tag)).body());
		assertThat(meanwhile.select("#rename .alert").text()).isEqualTo(hi("admin.unit.changed-meanwhile"));
		assertThat(meanwhile.select("#now").text()).isEqualTo(hi("page.admin.now"));
		assertThat(meanwhile.select("#unit-name-en").text()).as("what it is now").isEqualTo("Renamed by the state");
		assertThat(meanwhile.select("#rename-name-en").val()).as("what was typed").isEqualTo("Pages station " + tag);
		String nowVersion = meanwhile.select("#rename input[name=version]").val();
		assertThat(nowVersion).isNotEqualTo(readVersion);
		assertThat(admin.post(unitPath + "/change", form(token, "version", nowVersion, "nameEn", "Pages station " + tag,
				"nameHi", "पृष्ठ थाना " + tag)).statusCode()).isEqualTo(302);
		assertThat(jdbc.sql("select name_en from jurisdiction_unit where code = ?").param(code).query(String.class)
			.single()).isEqualTo("Pages station " + tag);

		unit = page(admin, unitPath);
		Document notEmpty = Jsoup.parse(admin.post(unitPath + "/close", form(token, "version",
				unit.select("#close input[name=version]").val(), "reason", "merged")).body());
		assertThat(notEmpty.select("#close .alert p").eachText()).containsExactly(hi("admin.unit.close.not-empty"),
				messages.getMessage("admin.unit.close.units-open", new Object[] { 1, code + "_HALKA_1" }, HINDI));
		Document beat = page(admin, unitPath + "_HALKA_1");
		Document noReason = Jsoup.parse(admin.post(unitPath + "_HALKA_1/close", form(token, "version",
				beat.select("#close input[name=version]").val(), "reason", " ")).body());
		assertThat(noReason.select("#close-reason-error").text()).isEqualTo(hi("admin.reason.required"));
		assertThat(admin.post(unitPath + "_HALKA_1/close", form(token, "version",
				beat.select("#close input[name=version]").val(), "reason", "merged into beat 2")).statusCode())
			.isEqualTo(302);
		Document closed = page(admin, "/admin/districts/RAMPUR");
		assertThat(closed.select("#unit-" + code + "_HALKA_1").hasClass("closed")).isTrue();
		assertThat(page(admin, unitPath + "_HALKA_1").select("#close")).as("closed once").isEmpty();
	}

	@Test
	void anOfficerIsCreatedThenTransferredAndSuspendedAndTheirPageShowsTheDatedHistory() throws IOException {
		String station = staff.station(ADMIN, CIRCLE);
		PageMannersTest.Client admin = signedIn(ADMIN);
		Document roles = Jsoup.parse(admin.get("/admin/officers/roles?prefix=new&unitCode=" + station + "_HALKA_1")
			.body());
		assertThat(roles.select("input[name=roles]").eachAttr("value")).as("what a beat can hold").containsExactly("IO");
		String token = PageMannersTest.csrfToken(page(admin, "/admin/officers/new").html());
		String typedName = "P" + tag + ".Io";
		String mobile = Story.freshMobile();
		Map<String, String> officer = new java.util.LinkedHashMap<>(Map.of("username", typedName, "nameEn",
				"Pages officer " + tag, "nameHi", "पृष्ठ अधिकारी", "rank", "Sub-Inspector", "mobile",
				"+91 " + mobile.substring(0, 5) + " " + mobile.substring(5), "unitCode", station + "_HALKA_1", "from",
				Staff.today().toString(), "orderRef", "SP/" + tag));

		officer.put("roles", "SHO");
		Document refused = Jsoup.parse(admin.post("/admin/officers/new", form(token, officer)).body());
		assertThat(refused.select("#new-roles-error").text()).isEqualTo(messages.getMessage(
				"admin.posting.role-not-here", new Object[] { Label.of("role", org.samadhan.jurisdiction.Role.SHO),
						Label.of("kind", org.samadhan.jurisdiction.UnitKind.BEAT) }, HINDI));
		assertThat(refused.select("#new-username").val()).as("kept as typed").isEqualTo(typedName);
		assertThat(refused.select("#new-unit option[selected]").val()).isEqualTo(station + "_HALKA_1");
		assertThat(officerId(typedName.toLowerCase())).isNull();

		officer.put("roles", "IO");
		HttpResponse<String> created = admin.post("/admin/officers/new", form(token, officer));
		assertThat(created.statusCode()).as(created.body()).isEqualTo(302);
		Long id = officerId(typedName.toLowerCase());
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/admin/officers/" + id);
		assertThat(jdbc.sql("select mobile from jurisdiction_officer where id = ?").param(id).query(String.class)
			.single()).isEqualTo(mobile);
		String path = "/admin/officers/" + id;
		Document page = page(admin, path);
		assertThat(page.select("#notice").text()).isEqualTo(messages.getMessage("page.admin.officer.created",
				new Object[] { typedName.toLowerCase() }, HINDI));
		assertThat(page.select("#postings li")).hasSize(1);

		HttpResponse<String> moved = admin.post(path + "/posting", form(token, "version",
				page.select("#posting input[name=version]").val(), "unitCode", station + "_HALKA_2", "roles", "IO", "from",
				Staff.today().toString(), "orderRef", "T/" + tag));
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(302);
		page = page(admin, path);
		assertThat(page.select("#postings li")).hasSize(2);
		assertThat(page.select("#postings li").get(0).text()).contains("T/" + tag).contains("हल्का 2");
		assertThat(page.select("#postings li").get(1).text()).contains("SP/" + tag)
			.contains(hi("page.admin.posting.ended.TRANSFERRED"));

		Document badMobile = Jsoup.parse(admin.post(path + "/details", form(token, "version",
				page.select("#details input[name=version]").val(), "nameEn", "Pages officer " + tag, "nameHi",
				"पृष्ठ अधिकारी", "rank", "Inspector", "mobile", "12345")).body());
		assertThat(badMobile.select("#details-mobile-error").text()).isEqualTo(hi("admin.mobile.invalid"));
		assertThat(badMobile.select("#details-rank").val()).isEqualTo("Inspector");

		Document noReason = Jsoup.parse(admin.post(path + "/suspend", form(token, "version",
				page.select("#suspend input[name=version]").val(), "reason", "")).body());
		assertThat(noReason.select("#suspend-reason-error").text()).isEqualTo(hi("admin.reason.required"));
		assertThat(admin.post(path + "/suspend", form(token, "version", page.select("#suspend input[name=version]").val(),
				"reason", "जाँच लंबित", "orderRef", "SP/S/" + tag)).statusCode()).isEqualTo(302);
		page = page(admin, path);
		assertThat(page.select("#officer-status").text()).isEqualTo(hi("officer-status.SUSPENDED"));
		assertThat(page.select("#suspend")).isEmpty();
		assertThat(page.select("#posting h2").text()).isEqualTo(hi("page.admin.officer.reinstate.title"));
		assertThat(page.select("#postings li").get(0).text()).contains(hi("page.admin.posting.ended.SUSPENDED"));
		assertThat(page(admin, path + "?lang=en").select("#officer-status").text())
			.isEqualTo(en("officer-status.SUSPENDED"));
	}

	@Test
	void whoHeldAUnitsPostsOnADayIsAnsweredFromThePostingHistory() throws IOException {
		String station = staff.station(ADMIN, CIRCLE);
		String username = "p" + tag.toLowerCase() + ".sho";
		long id = expect(api.as(ADMIN).post("/api/admin/officers", Map.of("username", username, "nameEn", "Held " + tag,
				"nameHi", "पद धारक", "rank", "Inspector", "mobile", Story.freshMobile(), "posting", Map.of("unitCode",
						station, "roles", List.of("SHO"), "from", Staff.today().minusDays(3).toString()))), 201)
			.json().get("id").asLong();
		expect(staff.transfer(ADMIN, id, station + "_HALKA_1", "IO"), 200);

		PageMannersTest.Client admin = signedIn(ADMIN);
		String path = "/admin/districts/RAMPUR/units/" + station;
		assertThat(page(admin, path + "?on=" + Staff.today().minusDays(1)).select("#holder-list a").eachText())
			.containsExactly("पद धारक");
		assertThat(page(admin, path).select("#no-holders").text()).isEqualTo(hi("page.admin.holders.none"));
		assertThat(page(admin, path + "_HALKA_1").select("#holder-list a").eachText()).containsExactly("पद धारक");
		Document unreadable = page(admin, path + "?on=yesterday");
		assertThat(unreadable.select("#holders-on-error").text()).isEqualTo(hi("page.admin.date.unreadable"));
		assertThat(unreadable.select("#holders-on").val()).isEqualTo("yesterday");
	}

	@Test
	void aDryRunNamesEveryFaultByRowAndColumnInThePagesLanguageAndTheFileIsAppliedOnceHoweverOftenApplyIsSent()
			throws IOException {
		String station = "RAMPUR_P" + tag;
		String header = "code,kind,parent,name_en,name_hi,latitude,longitude\n";
		String faulty = header + station + ",STATION," + CIRCLE + ",Pages " + tag + ",पृष्ठ थाना,,\n" + station
				+ "_HALKA_1,BEAT," + station + ",Beat 1,Halka,,\n" + station + "_X,PLANET," + station + ",X,एक्स,,\n";
		PageMannersTest.Client admin = signedIn(ADMIN);
		String token = PageMannersTest.csrfToken(page(admin, "/admin/districts/RAMPUR/setup").html());

		Document plan = Jsoup.parse(setup(admin, token, faulty, "faulty-" + tag + ".csv").body());
		assertThat(plan.select("#plan-refused").text()).contains(messages.getMessage("page.admin.plan.faulty",
				new Object[] { 2 }, HINDI));
		assertThat(plan.select("#apply")).as("nothing to apply").isEmpty();
		assertThat(plan.select("#row-units-2 .outcome").text()).isEqualTo(hi("page.admin.outcome.CREATE"));
		assertThat(plan.select("#row-units-3").hasClass("faulty")).isTrue();
		assertThat(plan.select("#row-units-3 li[data-column=name_hi]").text()).isEqualTo(messages.getMessage(
				"page.admin.plan.column", new Object[] { "name_hi", hi("admin.name-hi.devanagari") }, HINDI));
		assertThat(plan.select("#row-units-4 li[data-column=kind]")).isNotEmpty();
		admin.get("/admin/districts/RAMPUR/setup?lang=en");
		Document english = Jsoup.parse(setup(admin, token, faulty, "faulty-" + tag + ".csv").body());
		assertThat(english.select("#row-units-3 li[data-column=name_hi]").text()).isEqualTo(messages.getMessage(
				"page.admin.plan.column", new Object[] { "name_hi", en("admin.name-hi.devanagari") }, Locale.ENGLISH));
		admin.get("/admin/districts/RAMPUR/setup?lang=hi");

		String valid = header + station + ",STATION," + CIRCLE + ",Pages " + tag + ",पृष्ठ थाना,,\n" + station
				+ "_HALKA_1,BEAT," + station + ",Beat 1,हल्का 1,,\n";
		String fileName = "setup-" + tag + ".csv";
		Document ready = Jsoup.parse(setup(admin, token, valid, fileName).body());
		assertThat(ready.select("#plan-ready").text()).isEqualTo(messages.getMessage("page.admin.plan.ready",
				new Object[] { 2 }, HINDI));
		assertThat(ready.select("#count-CREATE").text()).isEqualTo("2");
		assertThat(unitCount(station)).as("a dry run writes nothing").isZero();
		String apply = "_csrf=" + token + "&token=" + ready.select("#apply input[name=token]").val();

		HttpResponse<String> first = admin.post("/admin/districts/RAMPUR/setup/apply", apply);
		HttpResponse<String> second = admin.post("/admin/districts/RAMPUR/setup/apply", apply);
		assertThat(first.statusCode()).isEqualTo(302);
		String progress = first.headers().firstValue("Location").orElseThrow();
		assertThat(second.headers().firstValue("Location")).as("the second click leads to the first run").hasValue(progress);
		Element done = awaitEnd(admin, progress.substring(progress.indexOf("/admin/")));
		assertThat(done.attr("data-status")).isEqualTo("DONE");
		assertThat(done.select("#upload-done").text()).isEqualTo(messages.getMessage("page.admin.upload.done",
				new Object[] { 2, 2 }, HINDI));
		assertThat(done.hasAttr("hx-get")).as("no more polling once done").isFalse();
		assertThat(unitCount(station)).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from jurisdiction_upload where file_name = ?").param(fileName)
			.query(Long.class).single()).as("one run").isEqualTo(1);
	}

	@Test
	void aTransferListPreviewShowsEachMoveAndWhoseEnquiriesGoWhereAndIsAppliedWithItsProgress() throws IOException {
		String station = staff.station(ADMIN, CIRCLE);
		Staff.Member sho = staff.create(ADMIN, station, "SHO");
		Staff.Member io = staff.create(ADMIN, station + "_HALKA_1", "IO");
		String reference = assignedAt(station, sho, io, Story.CELL);
		String list = "name,username,posting,roles,from,order_ref\nMoved," + io.username()
				+ ",RAMPUR_GANJ_HALKA_1,IO,,SP/T/" + tag + "\n";
		PageMannersTest.Client admin = signedIn(ADMIN);
		String token = PageMannersTest.csrfToken(page(admin, "/admin/transfers").html());

		Document preview = Jsoup.parse(admin.postFile("/admin/transfers", Map.of("_csrf", token), "file",
				"transfers-" + tag + ".csv", list.getBytes(StandardCharsets.UTF_8)).body());
		assertThat(preview.select("#row-transfers-2 .outcome").text()).isEqualTo(hi("page.admin.outcome.TRANSFER"));
		Element handed = preview.selectFirst("#handed-on-" + station);
		assertThat(handed).isNotNull();
		assertThat(handed.text()).contains(reference).contains(sho.username());
		assertThat(handed.select(".error")).isEmpty();

		HttpResponse<String> applied = admin.post("/admin/transfers/apply",
				"_csrf=" + token + "&token=" + preview.select("#apply input[name=token]").val());
		String progress = applied.headers().firstValue("Location").orElseThrow();
		assertThat(awaitEnd(admin, progress.substring(progress.indexOf("/admin/"))).attr("data-status"))
			.isEqualTo("DONE");
		assertThat(jdbc.sql("select u.code from jurisdiction_officer o join jurisdiction_unit u on u.id = o.posting_unit_id "
				+ "where o.id = ?").param(io.id()).query(String.class).single()).isEqualTo("RAMPUR_GANJ_HALKA_1");
		expect(api.as(io.username()).get("/api/complaints/" + reference), 404);
	}

	@Test
	void aTransferListThatWouldLeaveEnquiriesWithNoOneToHandThemOnIsShownRefusedWithThatReason() throws IOException {
		// A district of its own with one station and no one above its SHO: the state cell marks its complaints.
		String station = "HAPUR_P" + tag;
		String units = "code,kind,parent,name_en,name_hi,latitude,longitude\nHAPUR_P" + tag + "_CIRCLE,CIRCLE,HAPUR,Circle "
				+ tag + ",सर्किल,,\n" + station + ",STATION,HAPUR_P" + tag + "_CIRCLE,Station " + tag + ",थाना,,\n"
				+ station + "_HALKA_1,BEAT," + station + ",Beat,हल्का,,\n";
		PageMannersTest.Client state = signedIn(STATE);
		String token = PageMannersTest.csrfToken(page(state, "/admin/districts/HAPUR/setup").html());
		Document ready = Jsoup.parse(setup(state, "/admin/districts/HAPUR/setup", token, units, "hapur.csv").body());
		HttpResponse<String> applied = state.post("/admin/districts/HAPUR/setup/apply",
				"_csrf=" + token + "&token=" + ready.select("#apply input[name=token]").val());
		String progress = applied.headers().firstValue("Location").orElseThrow();
		assertThat(awaitEnd(state, progress.substring(progress.indexOf("/admin/"))).attr("data-status")).isEqualTo("DONE");
		Staff.Member sho = staff.create(STATE, station, "SHO");
		Staff.Member io = staff.create(STATE, station + "_HALKA_1", "IO");
		String reference = assignedAt(station, sho, io, "cell.up");

		String list = "username,posting,roles,from,order_ref\n" + sho.username() + ",RAMPUR_GANJ,SHO,,\n"
				+ io.username() + ",RAMPUR_GANJ_HALKA_1,IO,,\n";
		Document preview = Jsoup.parse(state.postFile("/admin/transfers", Map.of("_csrf", token), "file", "t.csv",
				list.getBytes(StandardCharsets.UTF_8)).body());
		assertThat(preview.select("#plan-refused").text()).isEqualTo(messages.getMessage(
				"page.admin.plan.left-with-no-one", new Object[] { 1 }, HINDI));
		assertThat(preview.select("#handed-on-" + station + " .error").text()).isEqualTo(messages.getMessage(
				"admin.transfers.no-one-left", new Object[] { station, 1 }, HINDI));
		assertThat(preview.select("#handed-on-" + station).text()).contains(reference);
		assertThat(preview.select("#apply")).as("nothing to apply").isEmpty();
	}

	@Test
	void anUploadThatFailedSaysWhyAndThatNothingWasWritten() throws IOException {
		long admin = officerId(ADMIN);
		String fileName = "failed-" + tag + ".csv";
		jdbc.sql("""
				insert into jurisdiction_upload (kind, district_id, file_name, sha256, status, total, done, changes,
				  failure_key, created_by, created_at, updated_at, finished_at)
				values ('DISTRICT_SETUP', (select id from jurisdiction_unit where code = 'RAMPUR'), ?, 'x', 'FAILED', 3, 1, 0,
				  'admin.upload.rolled-back', ?, current_timestamp, current_timestamp, current_timestamp)""")
			.params(fileName, admin)
			.update();
		long id = jdbc.sql("select id from jurisdiction_upload where file_name = ?").param(fileName).query(Long.class)
			.single();
		Document page = page(signedIn(ADMIN), "/admin/uploads/" + id);
		assertThat(page.select("#progress").attr("data-status")).isEqualTo("FAILED");
		assertThat(page.select("#upload-failed p").eachText()).containsExactly(hi("admin.upload.rolled-back"),
				hi("page.admin.upload.nothing-written"));
		assertThat(signedIn("admin.amroha").get("/admin/uploads/" + id).statusCode()).isEqualTo(404);
	}

	@Test
	void theRecordOfChangesNamesEachChangeInThePagesLanguageAndIsNarrowedToAnOfficerOrAUnit() throws IOException {
		String station = staff.station(ADMIN, CIRCLE);
		Staff.Member io = staff.create(ADMIN, station + "_HALKA_1", "IO");
		PageMannersTest.Client admin = signedIn(ADMIN);

		Document officer = page(admin, "/admin/changes?officer=" + io.username());
		assertThat(officer.select("#changes li")).isNotEmpty().allSatisfy(li -> assertThat(li.select("a").eachText())
			.contains(io.username()));
		assertThat(officer.select("#changes li[data-action=OFFICER_CREATED] .action").text())
			.isEqualTo(hi("admin-action.OFFICER_CREATED"));
		Document unit = page(admin, "/admin/changes?unit=" + station);
		assertThat(unit.select("#changes li").eachAttr("data-action")).containsExactly("UNIT_CREATED");
		assertThat(page(admin, "/admin/changes?unit=" + station + "&lang=en")
			.select("#changes li[data-action=UNIT_CREATED] .action").text()).isEqualTo(en("admin-action.UNIT_CREATED"));
		admin.get("/admin?lang=hi");

		assertThat(page(admin, "/admin/changes?officer=nobody." + tag.toLowerCase()).select("#officer-error").text())
			.isEqualTo(hi("admin.officer.unknown"));
		assertThat(page(admin, "/admin/changes?officer=sho.amroha-kotwali").select("#officer-error").text())
			.as("another district's officer is unknown, as one that does not exist").isEqualTo(hi("admin.officer.unknown"));
		assertThat(page(admin, "/admin/changes?unit=AMROHA_KOTWALI").select("#unit-error").text())
			.isEqualTo(messages.getMessage("admin.unit.unknown", new Object[] { "AMROHA_KOTWALI" }, HINDI));
	}

	@Test
	void theSetUpPageListsTheColumnsAndOffersTheExampleFilesAsDownloads() throws IOException {
		PageMannersTest.Client admin = signedIn(ADMIN);
		Document setup = page(admin, "/admin/districts/RAMPUR/setup");
		assertThat(setup.select("#unit-columns").text()).isEqualTo(String.join(",", BulkSetup.UNIT_COLUMNS));
		assertThat(setup.select("#officer-columns").text()).isEqualTo(String.join(",", BulkSetup.OFFICER_COLUMNS));
		assertThat(page(admin, "/admin/transfers").select("#transfer-columns").text())
			.isEqualTo(String.join(",", TransferList.COLUMNS));
		List<String> examples = setup.select("#examples a").eachAttr("href");
		assertThat(examples).hasSize(2);
		for (String example : examples) {
			HttpResponse<String> file = admin.get(example);
			assertThat(file.statusCode()).isEqualTo(200);
			assertThat(file.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
			assertThat(file.headers().firstValue("Content-Disposition")).hasValueSatisfying(
					d -> assertThat(d).startsWith("attachment"));
			String name = example.substring(example.lastIndexOf('/') + 1);
			assertThat(file.body()).isEqualTo(new String(new ClassPathResource("data/demo/" + name).getContentAsByteArray(),
					StandardCharsets.UTF_8));
		}
	}

	@Test
	void theLanguageLinkOnAFormThatCameBackLeadsToItsPageNeverToAnError() throws IOException {
		String station = staff.station(ADMIN, CIRCLE);
		Staff.Member io = staff.create(ADMIN, station + "_HALKA_1", "IO");
		PageMannersTest.Client admin = signedIn(ADMIN);
		// A refused form comes back at the address it was sent to; the language link opens that address.
		for (String sentTo : List.of("/admin/districts/RAMPUR/units", "/admin/districts/RAMPUR/units/" + station
				+ "/change", "/admin/districts/RAMPUR/units/" + station + "/close", "/admin/officers/" + io.id()
						+ "/details", "/admin/officers/" + io.id() + "/posting", "/admin/officers/" + io.id() + "/suspend",
				"/admin/officers/" + io.id() + "/deactivate", "/admin/officers/new", "/admin/districts/RAMPUR/setup",
				"/admin/districts/RAMPUR/setup/apply", "/admin/transfers", "/admin/transfers/apply")) {
			HttpResponse<String> switched = admin.get(sentTo + "?lang=en");
			assertThat(switched.statusCode()).as(sentTo).isIn(200, 302);
		}
		admin.get("/admin?lang=hi");
	}

	/** A complaint filed, marked to the station by {@code cell} and assigned by its SHO to the IO. */
	private String assignedAt(String station, Staff.Member sho, Staff.Member io, String cell) {
		Map<String, Object> body = Story.complaint(Story.freshMobile(), "THEFT");
		body.put("districtCode", jdbc.sql("select d.code from jurisdiction_unit s join jurisdiction_unit d on d.id = "
				+ "s.district_id where s.code = ?").param(station).query(String.class).single());
		String reference = expect(api.anonymous().post("/api/public/complaints", body), 201).field("reference");
		expect(api.as(cell).post("/api/complaints/" + reference + "/mark", Map.of("stationCode", station)), 200);
		expect(api.as(sho.username()).post("/api/complaints/" + reference + "/assign", Map.of("officerId", io.id())), 200);
		return reference;
	}

	private HttpResponse<String> setup(PageMannersTest.Client admin, String token, String units, String fileName)
			throws IOException {
		return setup(admin, "/admin/districts/RAMPUR/setup", token, units, fileName);
	}

	private HttpResponse<String> setup(PageMannersTest.Client admin, String path, String token, String units,
			String fileName) throws IOException {
		return admin.postFile(path, Map.of("_csrf", token), "units", fileName, units.getBytes(StandardCharsets.UTF_8));
	}

	/** The progress fragment once the upload has ended, as the page's polling sees it. */
	private static Element awaitEnd(PageMannersTest.Client admin, String uploadPath) throws IOException {
		Instant until = Instant.now().plus(Duration.ofSeconds(30));
		while (Instant.now().isBefore(until)) {
			HttpResponse<String> fragment = admin.get(uploadPath + "/progress");
			assertThat(fragment.statusCode()).isEqualTo(200);
			Element progress = Jsoup.parse(fragment.body()).selectFirst("#progress");
			if (!"RUNNING".equals(progress.attr("data-status"))) {
				return progress;
			}
			assertThat(progress.attr("hx-trigger")).isEqualTo("every 500ms");
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
		}
		throw new AssertionError("upload still running: " + uploadPath);
	}

	private Long officerId(String username) {
		return jdbc.sql("select id from jurisdiction_officer where username = ?").param(username).query(Long.class)
			.optional()
			.orElse(null);
	}

	private long unitCount(String code) {
		return jdbc.sql("select count(*) from jurisdiction_unit where code = ?").param(code).query(Long.class).single();
	}

	@Test
	void anOfficersPageShowsTheirAccountAndTheAdministratorForcesAResetFromIt() throws IOException {
		NewOfficers.Created officer = NewOfficers.create(api);
		PageMannersTest.Client admin = signedIn(ADMIN);
		Document page = page(admin, "/admin/officers/" + officer.id());
		assertThat(page.select("#account h2").text()).isEqualTo(text("page.admin.account.title"));
		assertThat(page.select("#account-password").text()).startsWith("अभी नहीं बना");
		assertThat(page.select("#account form input[name=_csrf]")).isNotEmpty();
		assertThat(page.select("#unlock")).as("nothing to unlock").isEmpty();
		HttpResponse<String> reset = admin.post("/admin/officers/" + officer.id() + "/password-reset",
				"_csrf=" + PageMannersTest.csrfToken(page.html()));
		assertThat(reset.statusCode()).isEqualTo(302);
		NewOfficers.Created again = NewOfficers.withSetup(api, officer.id(), officer.username(), officer.mobile());
		assertThat(again.token()).as("a new one-time link").isNotEqualTo(officer.token());
		JsonNode changes = expect(api.as(ADMIN).get("/api/admin/changes?officer=" + officer.id()), 200).json();
		assertThat(changes.findValuesAsString("action")).contains("PASSWORD_RESET_FORCED");
	}

	private String text(String key) {
		return messages.getMessage(key, null, Locale.forLanguageTag("hi"));
	}

	private Document page(PageMannersTest.Client client, String path) throws IOException {
		HttpResponse<String> response = client.get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(200);
		return Jsoup.parse(response.body());
	}

	private PageMannersTest.Client signedIn(String username) throws IOException {
		return new PageMannersTest.Client("http://127.0.0.1:" + port).signedIn(username);
	}

	private static String form(String token, String... pairs) {
		List<String> fields = new ArrayList<>();
		fields.add("_csrf=" + token);
		for (int i = 0; i < pairs.length; i += 2) {
			fields.add(pairs[i] + "=" + URLEncoder.encode(pairs[i + 1], StandardCharsets.UTF_8));
		}
		return String.join("&", fields);
	}

	private static String form(String token, Map<String, String> fields) {
		return form(token, fields.entrySet().stream().flatMap(e -> java.util.stream.Stream.of(e.getKey(), e.getValue()))
			.toArray(String[]::new));
	}

	private static final Locale HINDI = Locale.forLanguageTag("hi");

	private String hi(String key) {
		return messages.getMessage(key, null, HINDI);
	}

	private String en(String key) {
		return messages.getMessage(key, null, Locale.ENGLISH);
	}
}
