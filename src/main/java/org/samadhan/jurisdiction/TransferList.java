package org.samadhan.jurisdiction;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;

import org.samadhan.jurisdiction.AdminRequests.NewPosting;
import org.samadhan.jurisdiction.UploadPlan.Detail;
import org.samadhan.jurisdiction.UploadPlan.Fault;
import org.samadhan.jurisdiction.UploadPlan.Line;
import org.samadhan.jurisdiction.UploadPlan.Outcome;
import org.samadhan.jurisdiction.UploadedSheets.Row;
import org.samadhan.jurisdiction.UploadedSheets.Table;
import org.samadhan.jurisdiction.internal.ChangeLog;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.SamadhanException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A transfer list as a district or the state publishes it (docs/district-setup.md): one row per
 * officer with the new posting, applied in one step. The preview says, before anything is written,
 * each officer's move, the open enquiries they hold that go to a station's "to reassign" list (and
 * who there will be able to hand them on), and every fault with its row and column. Applied whole in
 * one transaction through the same posting command as one transfer, or not at all; a list that would
 * leave any handed-on enquiry with no one able to act on it (no SHO, CO, ASP or SP over it) is refused.
 */
@Service
public class TransferList {

	public static final String SHEET = "transfers";

	public static final List<String> COLUMNS = List.of("username", "posting", "roles", "from", "order_ref");

	/** Columns a published list may carry for the reader, which are not read. */
	public static final List<String> INFORMATIVE = List.of("name", "rank", "remarks");


	private final Administration administration;

	private final Jurisdiction jurisdiction;

	private final ObjectProvider<Workload> workload;

	private final ChangeLog log;

	private final UploadRunner runner;

	private final Clock clock;

	TransferList(Administration administration, Jurisdiction jurisdiction, ObjectProvider<Workload> workload,
			ChangeLog log, UploadRunner runner, Clock clock) {
		this.administration = administration;
		this.jurisdiction = jurisdiction;
		this.workload = workload;
		this.log = log;
		this.runner = runner;
		this.clock = clock;
	}

	/** The list in an uploaded file: a CSV file, or a workbook's first sheet. */
	public static Table table(byte[] file) {
		return UploadedSheets.read(file, SHEET).values().stream().findFirst().orElseThrow(() -> UploadedSheets
			.refusal(new org.samadhan.shared.SamadhanException.Reason("NO_SHEET", "admin.setup.no-sheet")));
	}

	/** What the list would do, and every fault; nothing is written. */
	@Transactional(readOnly = true)
	public Preview preview(Table table, Actor actor) {
		administration.scopeOf(actor);
		return new Planner(table, actor).preview();
	}

	/** Applies the list in the background; refuses with the preview's faults before anything is written. */
	public long start(Table table, String fileName, byte[] file, Actor actor) {
		Preview preview = preview(table, actor);
		if (!preview.plan().valid() || preview.leftWithNoOne() > 0) {
			throw new BulkSetup.PlanRefused(preview.plan());
		}
		Administration.AdminScope scope = administration.scopeOf(actor);
		return runner.start(Upload.Kind.TRANSFER_LIST, scope.districtId(), fileName, file,
				preview.plan().lines().size(), actor, progress -> apply(table, actor, progress).plan().changes());
	}

	/** Applies the list here and now (tests, benchmarks); answers the preview it applied. */
	@Transactional
	public Preview applyNow(Table table, Actor actor) {
		return apply(table, actor, rows -> {
		});
	}

	/**
	 * The list's plan, and for each station the enquiries that go to its "to reassign" list, with
	 * whether someone there will be able to hand them on.
	 */
	public record Preview(UploadPlan plan, List<HandedOn> handedOn) {

		public int enquiriesHandedOn() {
			return handedOn.stream().mapToInt(h -> h.references().size()).sum();
		}

		/** Enquiries that would wait at a station with no SHO, CO, ASP or SP over it: must be none. */
		public int leftWithNoOne() {
			return handedOn.stream().filter(h -> h.actors().isEmpty()).mapToInt(h -> h.references().size()).sum();
		}
	}

	/**
	 * Enquiries going to one station's "to reassign" list: the station, the complaints, and who will
	 * be able to hand them on once the list is applied (usernames, the SHO first).
	 */
	public record HandedOn(Unit station, List<String> references, List<String> actors) {
	}

	private Preview apply(Table table, Actor actor, IntConsumer progress) {
		Planner planner = new Planner(table, actor);
		Preview preview = planner.preview();
		if (!preview.plan().valid() || preview.leftWithNoOne() > 0) {
			throw new BulkSetup.PlanRefused(preview.plan());
		}
		int done = 0;
		for (Planned row : planner.rows) {
			if (row.line.outcome() == Outcome.TRANSFER) {
				int version = jurisdiction.findOfficer(row.officer.id()).orElseThrow().version();
				administration.post(row.officer.id(),
						new NewPosting(row.unit.code(), row.roles, row.from, row.orderRef, version), actor);
			}
			progress.accept(++done);
		}
		// The preview counted with the list's moves; what the database now says must agree.
		for (HandedOn handed : preview.handedOn()) {
			Placement at = Placement.station(handed.station());
			boolean someone = Role.STATION_CHAIN.stream().anyMatch(role -> !jurisdiction.holdersOf(role, at).isEmpty());
			if (!someone) {
				throw new ConflictException("admin.transfers.no-one-left", handed.station().code(),
						handed.references().size());
			}
		}
		if (preview.plan().changes() > 0) {
			Administration.AdminScope scope = administration.scopeOf(actor);
			log.record(actor, AdminAction.TRANSFER_LIST_APPLIED, scope.districtId(), null, null,
					preview.plan().changes() + " officers transferred; " + preview.enquiriesHandedOn()
							+ " open enquiries handed on to " + preview.handedOn().size() + " stations' lists",
					clock.instant());
		}
		return preview;
	}

	private static final class Planned {

		Line line;

		Officer officer;

		Unit unit;

		Set<Role> roles;

		LocalDate from;

		String orderRef;
	}

	private final class Planner {

		private final Table table;

		private final Actor actor;

		private final List<Planned> rows = new ArrayList<>();

		Planner(Table table, Actor actor) {
			this.table = table;
			this.actor = actor;
		}

		Preview preview() {
			List<Line> lines = new ArrayList<>();
			Set<String> missing = new java.util.LinkedHashSet<>(COLUMNS);
			missing.removeAll(table.header());
			List<String> unknown = table.header()
				.stream()
				.filter(h -> !COLUMNS.contains(h) && !INFORMATIVE.contains(h))
				.toList();
			if (!missing.isEmpty() || !unknown.isEmpty()) {
				lines.add(new Line(table.name(), 1, null, Outcome.ERROR, null, List.of(new Fault(null,
						"admin.upload.columns", List.of(table.name(), String.join(",", COLUMNS),
								String.join(",", table.header()))))));
				return new Preview(new UploadPlan(lines), List.of());
			}
			Map<String, Integer> seen = new HashMap<>();
			for (Row row : table.rows()) {
				Planned planned = plan(row, seen);
				rows.add(planned);
				lines.add(planned.line);
			}
			UploadPlan plan = new UploadPlan(lines);
			return new Preview(plan, plan.valid() ? handedOn() : List.of());
		}

		private Planned plan(Row row, Map<String, Integer> seen) {
			List<Fault> faults = new ArrayList<>();
			Planned planned = new Planned();
			String username = row.get("username").toLowerCase(Locale.ROOT);
			String unitCode = row.get("posting").toUpperCase(Locale.ROOT);
			planned.roles = roles(row.get("roles"), faults);
			planned.from = row.get("from").isEmpty() ? LocalDate.now(clock) : date(row.get("from"), faults);
			planned.orderRef = row.get("order_ref").isEmpty() ? null : row.get("order_ref");
			if (planned.orderRef != null && planned.orderRef.length() > 120) {
				faults.add(new Fault("order_ref", "admin.order.too-long", List.of()));
			}
			if (username.isEmpty()) {
				faults.add(new Fault("username", "admin.username.required", List.of()));
			}
			else if (seen.containsKey(username)) {
				faults.add(new Fault("username", "admin.setup.duplicate", List.of(username, seen.get(username))));
			}
			else {
				seen.put(username, row.number());
				planned.officer = jurisdiction.findOfficerByUsername(username).orElse(null);
				if (planned.officer == null || !administers(planned.officer)) {
					faults.add(new Fault("username", "admin.setup.officer-unknown", List.of(username)));
				}
				else if (planned.officer.status() == OfficerStatus.DEACTIVATED) {
					faults.add(new Fault("username", "admin.officer.deactivated", List.of(username)));
				}
			}
			if (planned.roles.isEmpty() && faults.stream().noneMatch(f -> "roles".equals(f.column()))) {
				faults.add(new Fault("roles", "admin.posting.roles.required", List.of()));
			}
			if (planned.from != null && planned.from.isAfter(LocalDate.now(clock))) {
				faults.add(new Fault("from", "admin.posting.from.future", List.of()));
			}
			planned.unit = unitCode.isEmpty() ? null : jurisdiction.unitByCode(unitCode).orElse(null);
			if (planned.unit == null || !administration.scopeOf(actor).covers(planned.unit)) {
				faults.add(new Fault("posting", "admin.setup.unit-unknown", List.of(unitCode)));
			}
			else if (!planned.unit.open()) {
				faults.add(new Fault("posting", "admin.unit.closed", List.of(unitCode, planned.unit.closedOn())));
			}
			else {
				for (Role role : planned.roles) {
					if (!role.canBePostedAt(planned.unit.kind())) {
						faults.add(new Fault("roles", "admin.posting.role-not-here", List.of(BulkSetup.label("role", role),
								BulkSetup.label("kind", planned.unit.kind()))));
					}
				}
			}
			Outcome outcome = Outcome.ERROR;
			Detail detail = null;
			if (faults.isEmpty()) {
				Officer o = planned.officer;
				boolean same = o.posting() != null && o.posting().id() == planned.unit.id()
						&& o.roles().equals(planned.roles);
				LocalDate currentStart = same ? null : administration.currentPostingStart(o.id()).orElse(null);
				if (currentStart != null && planned.from.isBefore(currentStart)) {
					faults.add(new Fault("from", "admin.posting.from.before-current", List.of(currentStart)));
				}
				outcome = same ? Outcome.UNCHANGED : Outcome.TRANSFER;
				detail = Detail.move(o, planned.unit.code(), planned.roles);
			}
			planned.line = new Line(SHEET, row.number(), username, faults.isEmpty() ? outcome : Outcome.ERROR, detail,
					faults);
			return planned;
		}

		private boolean administers(Officer officer) {
			try {
				administration.officer(officer.id(), actor);
				return true;
			}
			catch (SamadhanException notTheirs) {
				return false;
			}
		}

		/**
		 * The enquiries the list hands on, by station, and who will be able to hand them on there:
		 * the holders of the posts over the station as they will be once every move of the list is
		 * made (those leaving taken off, those arriving put on).
		 */
		private List<HandedOn> handedOn() {
			Map<Long, Planned> moving = new HashMap<>();
			rows.stream().filter(p -> p.line.outcome() == Outcome.TRANSFER).forEach(p -> moving.put(p.officer.id(), p));
			Map<Long, List<Workload.HeldEnquiry>> held = workload.getIfAvailable(() -> Workload.NONE)
				.enquiriesHeldBy(moving.keySet());
			Map<Long, List<String>> byStation = new TreeMap<>();
			for (Map.Entry<Long, List<Workload.HeldEnquiry>> entry : held.entrySet()) {
				Planned move = moving.get(entry.getKey());
				for (Workload.HeldEnquiry enquiry : entry.getValue()) {
					if (!Jurisdiction.mayHoldEnquiry(move.unit, move.roles, enquiry.placement())) {
						byStation.computeIfAbsent(enquiry.placement().stationId(), k -> new ArrayList<>())
							.add(enquiry.reference());
					}
				}
			}
			List<HandedOn> result = new ArrayList<>();
			for (Map.Entry<Long, List<String>> entry : byStation.entrySet()) {
				Unit station = jurisdiction.unit(entry.getKey());
				result.add(new HandedOn(station, entry.getValue(), actorsAfter(Placement.station(station), moving)));
			}
			return result;
		}

		private List<String> actorsAfter(Placement placement, Map<Long, Planned> moving) {
			Map<Long, String> actors = new LinkedHashMap<>();
			for (Role role : Role.STATION_CHAIN) {
				Long post = Jurisdiction.postFor(role, placement);
				for (Officer holder : jurisdiction.holdersOf(role, placement)) {
					if (!moving.containsKey(holder.id())) {
						actors.putIfAbsent(holder.id(), holder.username());
					}
				}
				for (Planned move : moving.values()) {
					if (move.roles.contains(role) && post != null && post == move.unit.id()) {
						actors.putIfAbsent(move.officer.id(), move.officer.username());
					}
				}
			}
			return List.copyOf(actors.values());
		}
	}

	private static Set<Role> roles(String text, List<Fault> faults) {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		Set<String> bad = new HashSet<>();
		for (String part : text.split("[;+|/]")) {
			if (part.isBlank()) {
				continue;
			}
			try {
				roles.add(Role.valueOf(part.strip().toUpperCase(Locale.ROOT)));
			}
			catch (IllegalArgumentException ex) {
				bad.add(part.strip());
			}
		}
		bad.forEach(b -> faults.add(new Fault("roles", "admin.setup.value-unknown", List.of(b, "IO, SHO, CO, ASP, SP, "
				+ "IGRS_CELL, OPERATOR, FEEDBACK_DESK, ADMIN, SUPERVISOR"))));
		return roles;
	}

	private static LocalDate date(String text, List<Fault> faults) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException ex) {
			faults.add(new Fault("from", "admin.setup.not-a-date", List.of(text)));
			return null;
		}
	}
}
