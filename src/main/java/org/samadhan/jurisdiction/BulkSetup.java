package org.samadhan.jurisdiction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.samadhan.jurisdiction.AdminRequests.NewOfficer;
import org.samadhan.jurisdiction.AdminRequests.NewPosting;
import org.samadhan.jurisdiction.AdminRequests.NewUnit;
import org.samadhan.jurisdiction.AdminRequests.OfficerChange;
import org.samadhan.jurisdiction.AdminRequests.UnitChange;
import org.samadhan.jurisdiction.UploadPlan.Detail;
import org.samadhan.jurisdiction.UploadPlan.Fault;
import org.samadhan.jurisdiction.UploadPlan.Line;
import org.samadhan.jurisdiction.UploadPlan.Outcome;
import org.samadhan.jurisdiction.UploadedSheets.Row;
import org.samadhan.jurisdiction.UploadedSheets.Table;
import org.samadhan.jurisdiction.internal.ChangeLog;
import org.samadhan.jurisdiction.internal.OfficerRepository;
import org.samadhan.shared.PolicyRefusal;
import org.samadhan.shared.SamadhanException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sets up a district's units and officers from a file (docs/district-setup.md): the sheet
 * {@code units} (circles, stations, beats, outposts) and the sheet {@code officers} (each with
 * their posting), as one XLSX workbook or two CSV files. A dry run ({@link #plan}) says what each
 * row would do and every fault with its row and column, and writes nothing. The real run
 * ({@link #start}) works the plan out again and applies it whole, in one transaction, through the
 * same commands an administrator gives one by one (so the same rules hold and each change is in the
 * record of administration), or not at all. Rows match what exists by code and username, so a file
 * applied twice changes nothing the second time; units and officers the file does not name are
 * left as they are.
 */
@Service
public class BulkSetup {

	public static final String UNITS = "units";

	public static final String OFFICERS = "officers";

	public static final List<String> UNIT_COLUMNS = List.of("code", "kind", "parent", "name_en", "name_hi",
			"latitude", "longitude");

	public static final List<String> OFFICER_COLUMNS = List.of("username", "name_en", "name_hi", "rank", "mobile",
			"posting", "roles", "from", "order_ref");

	/** Where a request's field comes from in the file. */
	private static final Map<String, String> UNIT_FIELDS = Map.of("kind", "kind", "parentCode", "parent", "code",
			"code", "nameEn", "name_en", "nameHi", "name_hi", "latitude", "latitude", "longitude", "longitude");

	private static final Map<String, String> OFFICER_FIELDS = Map.ofEntries(Map.entry("username", "username"),
			Map.entry("nameEn", "name_en"), Map.entry("nameHi", "name_hi"), Map.entry("rank", "rank"),
			Map.entry("mobile", "mobile"), Map.entry("posting.unitCode", "posting"), Map.entry("posting.roles", "roles"),
			Map.entry("posting.from", "from"), Map.entry("posting.orderRef", "order_ref"));

	private final Administration administration;

	private final Jurisdiction jurisdiction;

	private final OfficerRepository officers;

	private final ChangeLog log;

	private final UploadRunner runner;

	private final Validator validator;

	private final JdbcClient jdbc;

	private final Clock clock;

	BulkSetup(Administration administration, Jurisdiction jurisdiction, OfficerRepository officers, ChangeLog log,
			UploadRunner runner, Validator validator, JdbcClient jdbc, Clock clock) {
		this.administration = administration;
		this.jurisdiction = jurisdiction;
		this.officers = officers;
		this.log = log;
		this.runner = runner;
		this.validator = validator;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The tables of an upload: a workbook's sheets (or one CSV file, which is the officers' table when
	 * its header names a username, else the units'), or the two CSV files; either table may be missing.
	 */
	public static Map<String, Table> tables(byte[] file, byte[] unitsCsv, byte[] officersCsv) {
		Map<String, Table> tables = new LinkedHashMap<>();
		if (file != null && file.length > 0) {
			for (Table table : UploadedSheets.read(file, UNITS).values()) {
				// A sheet is known by its columns as much as by its name ("Sheet1" happens).
				String name = table.header().contains("username") ? OFFICERS
						: table.header().contains("kind") ? UNITS : table.name();
				tables.put(name, new Table(name, table.header(), table.rows()));
			}
		}
		if (unitsCsv != null && unitsCsv.length > 0) {
			tables.put(UNITS, UploadedSheets.csv(UNITS, unitsCsv));
		}
		if (officersCsv != null && officersCsv.length > 0) {
			tables.put(OFFICERS, UploadedSheets.csv(OFFICERS, officersCsv));
		}
		if (!tables.containsKey(UNITS) && !tables.containsKey(OFFICERS)) {
			throw UploadedSheets.refusal(new SamadhanException.Reason("NO_SHEET", "admin.setup.no-sheet"));
		}
		return tables;
	}

	/** The dry run: what each row would do, and every fault; nothing is written. */
	@Transactional(readOnly = true)
	public UploadPlan plan(String districtCode, Map<String, Table> tables, Actor actor) {
		return new Planner(district(districtCode, actor), tables, actor).plan();
	}

	/**
	 * The real run, in the background: answers the upload's id to poll, or refuses with the plan's
	 * faults ({@link PlanRefused}) before anything is written.
	 */
	public long start(String districtCode, Map<String, Table> tables, String fileName, byte[] file, Actor actor) {
		Unit district = district(districtCode, actor);
		UploadPlan plan = plan(districtCode, tables, actor);
		if (!plan.valid()) {
			throw new PlanRefused(plan);
		}
		return runner.start(Upload.Kind.DISTRICT_SETUP, district.id(), fileName, file, plan.lines().size(), actor,
				progress -> apply(district, tables, actor, progress).changes());
	}

	/** The real run, here and now (the demo's start-up and tests use it); answers the plan it applied. */
	@Transactional
	public UploadPlan applyNow(String districtCode, Map<String, Table> tables, Actor actor) {
		return apply(district(districtCode, actor), tables, actor, rows -> {
		});
	}

	/** An upload's progress, for the administrator who started it (or any administrator of its district). */
	@Transactional(readOnly = true)
	public Upload upload(long id, Actor actor) {
		Administration.AdminScope scope = administration.scopeOf(actor);
		Upload upload = runner.read(id);
		if (upload.createdBy() != actor.officerId()
				&& !(scope.state() || Objects.equals(scope.districtId(), upload.districtId()))) {
			throw new org.samadhan.shared.NotFoundException("admin.upload.unknown");
		}
		return runner.find(id);
	}

	/** A plan with faults was not applied: here it is, to show every fault. */
	public static final class PlanRefused extends PolicyRefusal {

		private final transient UploadPlan plan;

		PlanRefused(UploadPlan plan) {
			super("admin.upload.faults", List.of());
			this.plan = plan;
		}

		public UploadPlan plan() {
			return plan;
		}
	}

	private UploadPlan apply(Unit district, Map<String, Table> tables, Actor actor, IntConsumer progress) {
		// One set-up of a district at a time: the second waits, then finds the first's work done.
		jdbc.sql("select id from jurisdiction_unit where id = ? for update").param(district.id()).query(Long.class).list();
		Planner planner = new Planner(district, tables, actor);
		UploadPlan plan = planner.plan();
		if (!plan.valid()) {
			throw new PlanRefused(plan);
		}
		int done = 0;
		for (UnitRow row : planner.unitRowsInTreeOrder()) {
			switch (row.line.outcome()) {
				case CREATE -> administration.createUnit(row.request, actor);
				case UPDATE -> administration.changeUnit(row.request.code(), new UnitChange(row.request.nameEn(),
						row.request.nameHi(), row.request.latitude(), row.request.longitude(),
						jurisdiction.unitByCode(row.request.code()).orElseThrow().version()), actor);
				default -> {
				}
			}
			progress.accept(++done);
		}
		for (OfficerRow row : planner.officerRows) {
			NewOfficer o = row.request;
			switch (row.line.outcome()) {
				case CREATE -> administration.createOfficer(o, actor);
				case UPDATE, TRANSFER -> {
					Officer existing = row.existing;
					if (row.detailsChange) {
						administration.changeOfficer(existing.id(), new OfficerChange(o.nameEn(), o.nameHi(), o.rank(),
								o.mobile(), existing.version()), actor);
					}
					if (row.postingChange) {
						int version = jurisdiction.findOfficer(existing.id()).orElseThrow().version();
						administration.post(existing.id(), new NewPosting(o.posting().unitCode(), o.posting().roles(),
								o.posting().from(), o.posting().orderRef(), version), actor);
					}
				}
				default -> {
				}
			}
			progress.accept(++done);
		}
		if (plan.changes() > 0) {
			log.record(actor, AdminAction.BULK_SETUP_APPLIED, district.id(), district.id(), null,
					district.code() + ": " + plan.count(Outcome.CREATE) + " created, " + plan.count(Outcome.UPDATE)
							+ " changed, " + plan.count(Outcome.TRANSFER) + " posted anew, "
							+ plan.count(Outcome.UNCHANGED) + " unchanged",
					clock.instant());
		}
		return plan;
	}

	private Unit district(String code, Actor actor) {
		Administration.AdminScope scope = administration.scopeOf(actor);
		Unit district = administration.unit(code, actor);
		if (district.kind() != UnitKind.DISTRICT || !scope.covers(district)) {
			throw new org.samadhan.shared.InvalidInputException("district", "admin.unit.unknown", code);
		}
		return district;
	}

	private record UnitRow(Line line, NewUnit request) {
	}

	private static final class OfficerRow {

		Line line;

		NewOfficer request;

		Officer existing;

		boolean detailsChange;

		boolean postingChange;
	}

	/** Works out one file's plan against the tree as it is now. */
	private final class Planner {

		private final Unit district;

		private final Map<String, Table> tables;

		private final Actor actor;

		private final Map<String, Unit> existing = new HashMap<>();

		private final Map<String, UnitRow> unitRows = new LinkedHashMap<>();

		private final List<Line> lines = new ArrayList<>();

		private final List<OfficerRow> officerRows = new ArrayList<>();

		Planner(Unit district, Map<String, Table> tables, Actor actor) {
			this.district = district;
			this.tables = tables;
			this.actor = actor;
			administration.unitsOf(district.code(), actor).forEach(u -> existing.put(u.code(), u));
		}

		UploadPlan plan() {
			Table units = tables.get(UNITS);
			Table officerTable = tables.get(OFFICERS);
			// Both sheets' columns are checked (and reported) before any row is read.
			boolean unitsWrong = units != null && columnsFault(units, UNIT_COLUMNS);
			boolean officersWrong = officerTable != null && columnsFault(officerTable, OFFICER_COLUMNS);
			if (unitsWrong || officersWrong) {
				return new UploadPlan(lines);
			}
			if (units != null) {
				planUnits(units);
			}
			if (officerTable != null) {
				planOfficers(officerTable);
			}
			return new UploadPlan(lines);
		}

		List<UnitRow> unitRowsInTreeOrder() {
			return unitRows.values().stream().sorted(Comparator.comparing(r -> r.request.kind())).toList();
		}

		private boolean columnsFault(Table table, List<String> columns) {
			Set<String> missing = new java.util.LinkedHashSet<>(columns);
			missing.removeAll(table.header());
			List<String> unknown = table.header().stream().filter(h -> !columns.contains(h)).toList();
			if (missing.isEmpty() && unknown.isEmpty()) {
				return false;
			}
			lines.add(new Line(table.name(), 1, null, Outcome.ERROR, null,
					List.of(new Fault(null, "admin.upload.columns", List.of(table.name(), String.join(",", columns),
							String.join(",", table.header()))))));
			return true;
		}

		private void planUnits(Table table) {
			List<Object[]> parsed = new ArrayList<>();
			for (Row row : table.rows()) {
				List<Fault> faults = new ArrayList<>();
				String code = row.get("code").toUpperCase(Locale.ROOT);
				UnitKind kind = parseEnum(UnitKind.class, row.get("kind"), "kind", faults);
				Double latitude = parseDouble(row.get("latitude"), "latitude", faults);
				Double longitude = parseDouble(row.get("longitude"), "longitude", faults);
				NewUnit request = new NewUnit(kind, row.get("parent").toUpperCase(Locale.ROOT), code, row.get("name_en"),
						row.get("name_hi"), latitude, longitude);
				faults.addAll(violations(validator.validate(request), UNIT_FIELDS));
				if (code.isEmpty()) {
					faults.add(new Fault("code", "admin.setup.code-required", List.of()));
				}
				else if (unitRows.containsKey(code)) {
					faults.add(new Fault("code", "admin.setup.duplicate", List.of(code, unitRows.get(code).line.row())));
				}
				if (kind != null && Administration.parentKindOf(kind) == null) {
					faults.add(new Fault("kind", "admin.unit.kind.not-created-here", List.of()));
				}
				Line line = new Line(table.name(), row.number(), code, Outcome.ERROR, null, faults);
				if (!code.isEmpty() && !unitRows.containsKey(code)) {
					unitRows.put(code, new UnitRow(line, request));
				}
				parsed.add(new Object[] { row, request, faults });
			}
			// Names under one parent, as they will be once the file is applied: the file's own rows,
			// and the parent's open units the file leaves as they are (Administration.nameKey).
			Map<String, Map<String, String>> namesUnder = new HashMap<>();
			for (Object[] entry : parsed) {
				NewUnit request = (NewUnit) entry[1];
				if (!request.parentCode().isEmpty() && request.nameEn() != null && !request.nameEn().isBlank()) {
					@SuppressWarnings("unchecked")
					List<Fault> faults = (List<Fault>) entry[2];
					Map<String, String> names = namesUnder.computeIfAbsent(request.parentCode(),
							this::namesLeftUnder);
					String other = names.putIfAbsent(Administration.nameKey(request.nameEn()), request.code());
					if (other != null && !other.equals(request.code())) {
						faults.add(new Fault("name_en", "admin.unit.name.taken",
								List.of(request.nameEn().strip(), request.parentCode())));
					}
				}
			}
			// Parents may come later in the file than their children: check them once all are read.
			for (Object[] entry : parsed) {
				Row row = (Row) entry[0];
				NewUnit request = (NewUnit) entry[1];
				@SuppressWarnings("unchecked")
				List<Fault> faults = (List<Fault>) entry[2];
				Outcome outcome = Outcome.ERROR;
				Detail detail = null;
				UnitKind expectedParent = request.kind() == null ? null : Administration.parentKindOf(request.kind());
				if (!request.parentCode().isEmpty() && expectedParent != null) {
					UnitKind parentKind = parentKind(request.parentCode());
					if (parentKind == null) {
						faults.add(new Fault("parent", "admin.setup.parent-unknown", List.of(request.parentCode())));
					}
					else if (parentKind != expectedParent) {
						faults.add(new Fault("parent", "admin.unit.parent.wrong-kind",
								List.of(label("kind", request.kind()), label("kind", expectedParent))));
					}
					else if (existing.containsKey(request.parentCode()) && !existing.get(request.parentCode()).open()) {
						faults.add(new Fault("parent", "admin.unit.closed", List.of(request.parentCode(),
								existing.get(request.parentCode()).closedOn())));
					}
				}
				if (faults.isEmpty()) {
					Unit now = existing.get(request.code());
					if (faults.isEmpty() && now == null && jurisdiction.unitByCode(request.code()).isPresent()) {
						faults.add(new Fault("code", "admin.unit.code.taken", List.of(request.code())));
					}
					else if (faults.isEmpty() && now != null) {
						Unit parent = now.parentId() == null ? null : jurisdiction.unit(now.parentId());
						if (now.kind() != request.kind() || parent == null || !parent.code().equals(request.parentCode())) {
							faults.add(new Fault("parent", "admin.setup.unit-moved", List.of(request.code(),
									parent == null ? "" : parent.code())));
						}
						else if (!now.open()) {
							faults.add(new Fault("code", "admin.unit.closed", List.of(now.code(), now.closedOn())));
						}
						else if (now.nameEn().equals(request.nameEn()) && now.nameHi().equals(request.nameHi())
								&& Objects.equals(now.latitude(), request.latitude())
								&& Objects.equals(now.longitude(), request.longitude())) {
							outcome = Outcome.UNCHANGED;
						}
						else {
							outcome = Outcome.UPDATE;
							detail = Detail.of("admin.plan.unit.update", now.nameEn(), now.nameHi(), request.nameEn(),
									request.nameHi());
						}
					}
					else if (faults.isEmpty()) {
						outcome = Outcome.CREATE;
						detail = Detail.of("admin.plan.unit.create", label("kind", request.kind()), request.nameEn(),
								request.nameHi(), request.parentCode());
					}
				}
				Line line = new Line(UNITS, row.number(), request.code(), faults.isEmpty() ? outcome : Outcome.ERROR,
						detail, faults);
				lines.add(line);
				UnitRow kept = unitRows.get(request.code());
				if (kept != null && kept.line.row() == row.number()) {
					unitRows.put(request.code(), new UnitRow(line, request));
				}
			}
		}

		/** The English names (lower case) of a parent's open units that the file does not name, to their codes. */
		private Map<String, String> namesLeftUnder(String parentCode) {
			Map<String, String> names = new HashMap<>();
			Unit parent = existing.get(parentCode);
			if (parent != null) {
				for (Unit child : jurisdiction.children(parent.id())) {
					if (child.open() && !unitRows.containsKey(child.code())) {
						names.put(Administration.nameKey(child.nameEn()), child.code());
					}
				}
			}
			return names;
		}

		/** The kind of a unit the file names (as a parent or a posting): of the district, or one the file adds. */
		private UnitKind parentKind(String code) {
			if (existing.containsKey(code)) {
				return existing.get(code).kind();
			}
			UnitRow row = unitRows.get(code);
			return row == null ? null : row.request.kind();
		}

		private void planOfficers(Table table) {
			Map<String, Integer> usernames = new HashMap<>();
			Map<String, Integer> mobiles = new HashMap<>();
			for (Row row : table.rows()) {
				List<Fault> faults = new ArrayList<>();
				String username = row.get("username").toLowerCase(Locale.ROOT);
				Set<Role> roles = parseRoles(row.get("roles"), faults);
				LocalDate from = row.get("from").isEmpty() ? LocalDate.now(clock) : parseDate(row.get("from"), faults);
				String unitCode = row.get("posting").toUpperCase(Locale.ROOT);
				NewOfficer request = new NewOfficer(username, row.get("name_en"), row.get("name_hi"), row.get("rank"),
						row.get("mobile"), new NewPosting(unitCode, roles, from, blankToNull(row.get("order_ref")), null));
				faults.addAll(violations(validator.validate(request), OFFICER_FIELDS));
				if (usernames.containsKey(username)) {
					faults.add(new Fault("username", "admin.setup.duplicate", List.of(username, usernames.get(username))));
				}
				else {
					usernames.put(username, row.number());
				}
				if (!request.mobile().isEmpty() && mobiles.containsKey(request.mobile())) {
					faults.add(new Fault("mobile", "admin.setup.duplicate",
							List.of(request.mobile(), mobiles.get(request.mobile()))));
				}
				else {
					mobiles.put(request.mobile(), row.number());
				}
				UnitKind kind = unitCode.isEmpty() ? null : parentKind(unitCode);
				if (!unitCode.isEmpty() && kind == null) {
					faults.add(new Fault("posting", "admin.setup.unit-unknown", List.of(unitCode)));
				}
				else if (kind != null && existing.containsKey(unitCode) && !existing.get(unitCode).open()) {
					faults.add(new Fault("posting", "admin.unit.closed", List.of(unitCode,
							existing.get(unitCode).closedOn())));
				}
				else if (kind != null) {
					for (Role role : roles) {
						if (!role.canBePostedAt(kind)) {
							faults.add(new Fault("roles", "admin.posting.role-not-here", List.of(label("role", role),
									label("kind", kind))));
						}
					}
				}
				OfficerRow planned = new OfficerRow();
				planned.request = request;
				Outcome outcome = Outcome.ERROR;
				Detail detail = null;
				if (faults.isEmpty()) {
					Officer officer = jurisdiction.findOfficerByUsername(username).orElse(null);
					List<Long> holders = officers.holdersOfMobile(request.mobile());
					if (officer == null) {
						if (officers.usernameTaken(username)) {
							faults.add(new Fault("username", "admin.username.taken", List.of(username)));
						}
						else if (!holders.isEmpty()) {
							faults.add(new Fault("mobile", "admin.mobile.taken", List.of(request.mobile())));
						}
						else {
							outcome = Outcome.CREATE;
							detail = Detail.of("admin.plan.officer.create", request.rank(), request.nameEn(), unitCode,
									Administration.roles(roles));
						}
					}
					else if (!inDistrict(officer)) {
						faults.add(new Fault("username", "admin.setup.officer-elsewhere", List.of(username)));
					}
					else if (officer.status() == OfficerStatus.DEACTIVATED) {
						faults.add(new Fault("username", "admin.officer.deactivated", List.of(username)));
					}
					else if (holders.stream().anyMatch(h -> h != officer.id())) {
						faults.add(new Fault("mobile", "admin.mobile.taken", List.of(request.mobile())));
					}
					else {
						planned.existing = officer;
						planned.detailsChange = !officer.nameEn().equals(request.nameEn())
								|| !officer.nameHi().equals(request.nameHi()) || !officer.rank().equals(request.rank())
								|| !Objects.equals(officer.mobile(), request.mobile());
						planned.postingChange = officer.posting() == null
								|| !officer.posting().code().equals(unitCode) || !officer.roles().equals(roles);
						LocalDate currentStart = planned.postingChange
								? administration.currentPostingStart(officer.id()).orElse(null) : null;
						if (currentStart != null && from.isBefore(currentStart)) {
							faults.add(new Fault("from", "admin.posting.from.before-current", List.of(currentStart)));
						}
						outcome = planned.postingChange ? Outcome.TRANSFER
								: planned.detailsChange ? Outcome.UPDATE : Outcome.UNCHANGED;
						detail = planned.postingChange ? Detail.move(officer, unitCode, roles)
								: planned.detailsChange ? Detail.of("admin.plan.officer.update", officer.nameEn(),
										officer.rank(), officer.mobile(), request.nameEn(), request.rank(), request.mobile())
										: null;
					}
				}
				planned.line = new Line(OFFICERS, row.number(), username, faults.isEmpty() ? outcome : Outcome.ERROR,
						detail, faults);
				lines.add(planned.line);
				officerRows.add(planned);
			}
		}

		private boolean inDistrict(Officer officer) {
			return Long.valueOf(district.id()).equals(administration.districtOf(officer));
		}
	}

	private static List<Fault> violations(Set<? extends ConstraintViolation<?>> violations, Map<String, String> columns) {
		List<Fault> faults = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (ConstraintViolation<?> violation : violations) {
			String template = violation.getMessageTemplate();
			String key = template.startsWith("{") && template.endsWith("}")
					? template.substring(1, template.length() - 1) : template;
			String column = columns.get(violation.getPropertyPath().toString());
			if (seen.add(column + key)) {
				faults.add(new Fault(column, key, List.of()));
			}
		}
		faults.sort(Comparator.comparing(f -> f.column() == null ? "" : f.column()));
		return faults;
	}

	private static <E extends Enum<E>> E parseEnum(Class<E> type, String text, String column, List<Fault> faults) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			faults.add(new Fault(column, "admin.setup.value-unknown", List.of(text, Arrays.stream(type.getEnumConstants())
				.map(Enum::name)
				.reduce((a, b) -> a + ", " + b)
				.orElse(""))));
			return null;
		}
	}

	private static Set<Role> parseRoles(String text, List<Fault> faults) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		for (String part : text.split("[;+|/]")) {
			if (part.isBlank()) {
				continue;
			}
			Role role = parseEnum(Role.class, part, "roles", faults);
			if (role != null) {
				roles.add(role);
			}
		}
		return roles;
	}

	private static Double parseDouble(String text, String column, List<Fault> faults) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			return Double.valueOf(text);
		}
		catch (NumberFormatException ex) {
			faults.add(new Fault(column, "admin.setup.not-a-number", List.of(text)));
			return null;
		}
	}

	private static LocalDate parseDate(String text, List<Fault> faults) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			faults.add(new Fault("from", "admin.setup.not-a-date", List.of(text)));
			return null;
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	/** A name shown to people (a role, a kind), put in the reader's language where the fault is shown. */
	static org.samadhan.shared.Label label(String kind, Enum<?> value) {
		return org.samadhan.shared.Label.of(kind, value);
	}
}
