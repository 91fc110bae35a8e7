package org.samadhan.complaint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.sql.DataSource;

import org.samadhan.jurisdiction.Actor;
import org.samadhan.jurisdiction.Placement;
import org.samadhan.jurisdiction.Role;
import org.samadhan.jurisdiction.Scope;
import org.samadhan.jurisdiction.Workload;
import org.samadhan.shared.SqlTime;
import org.samadhan.shared.ConflictException;
import org.samadhan.shared.ReferenceNumber;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.stereotype.Repository;

/**
 * Stores complaints and their history with plain SQL. An update names the version it read, so
 * of two conflicting changes the second finds no row and is refused.
 */
@Repository
class ComplaintRepository {

	private static final String COLUMNS = """
			id, reference, status, version, channel, category_code, complainant_name, complainant_mobile,
			complainant_address, complainant_email, victim_name, victim_mobile, victim_address, description,
			incident_date, incident_address, incident_latitude, incident_longitude, district_id, circle_id,
			station_id, enquiry_officer_id, awaiting_role, return_count, reopen_count, outside_office, registered_by,
			registered_at, updated_at, due_on, clock_paused, suggested_station_id""";

	private final JdbcClient jdbc;

	private final Categories categories;

	private final JdbcTemplate template;

	/**
	 * PostgreSQL: words are matched by full-text search over the GIN index, and a list is read
	 * without parallel workers. H2 has neither and matches each term with {@code LIKE '% term %'}
	 * (see README, "Search").
	 */
	private final boolean postgreSql;

	/** How many of the scope's newest complaints a words search looks among before it looks further. */
	private final List<Integer> wordsWindows;

	ComplaintRepository(JdbcClient jdbc, JdbcTemplate template, Categories categories, DataSource dataSource,
			@Value("${samadhan.search.words-windows:2000,5000,20000}") List<Integer> wordsWindows) {
		this.jdbc = jdbc;
		this.template = template;
		this.categories = categories;
		this.postgreSql = isPostgreSql(dataSource);
		this.wordsWindows = List.copyOf(wordsWindows);
	}

	private static boolean isPostgreSql(DataSource dataSource) {
		try {
			String product = JdbcUtils.extractDatabaseMetaData(dataSource, meta -> meta.getDatabaseProductName());
			return "PostgreSQL".equalsIgnoreCase(product);
		}
		catch (Exception ex) {
			return false;
		}
	}

	long nextSerial() {
		return jdbc.sql("select nextval('complaint_serial')").query(Long.class).single();
	}

	void insert(Complaint c) {
		jdbc.sql("insert into complaint (" + COLUMNS + """
				) values (:id, :reference, :status, 1, :channel, :category, :cName, :cMobile, :cAddress, :cEmail,
				          :vName, :vMobile, :vAddress, :description, :incidentDate, :incidentAddress, :lat, :lon,
				          :district, :circle, :station, :enquiryOfficer, :awaitingRole, :returnCount, :reopenCount,
				          :outsideOffice, :registeredBy, :registeredAt, :updatedAt, null, false, :suggestedStation)""")
			.param("id", c.id())
			.param("reference", c.reference().value())
			.param("status", c.status().name())
			.param("channel", c.channel().name())
			.param("category", c.category().code())
			.param("cName", c.complainant().name())
			.param("cMobile", c.complainant().mobile())
			.param("cAddress", c.complainant().address())
			.param("cEmail", c.complainant().email())
			.param("vName", c.victim() == null ? null : c.victim().name())
			.param("vMobile", c.victim() == null ? null : c.victim().mobile())
			.param("vAddress", c.victim() == null ? null : c.victim().address())
			.param("description", c.description())
			.param("incidentDate", c.incident().date())
			.param("incidentAddress", c.incident().address())
			.param("lat", c.incident().latitude())
			.param("lon", c.incident().longitude())
			.param("suggestedStation", c.suggestedStationId())
			.params(placementParams(c))
			.param("registeredBy", c.registeredBy())
			.param("registeredAt", SqlTime.param(c.registeredAt()))
			.param("updatedAt", SqlTime.param(c.updatedAt()))
			.update();
		jdbc.sql("insert into complaint_search_terms (complaint_id, registered_at, terms) values (?, ?, ?)")
			.params(c.id(), SqlTime.param(c.registeredAt()),
					SearchTerms.ofComplaint(c.complainant().name(), c.description(), c.incident().address()))
			.update();
		appendHistory(c);
		c.stored(1);
	}

	void update(Complaint c) {
		int rows = jdbc.sql("""
				update complaint set status = :status, version = version + 1, district_id = :district,
				       circle_id = :circle, station_id = :station, enquiry_officer_id = :enquiryOfficer,
				       awaiting_role = :awaitingRole, return_count = :returnCount, reopen_count = :reopenCount,
				       outside_office = :outsideOffice,
				       updated_at = :updatedAt
				where id = :id and version = :version""")
			.param("status", c.status().name())
			.params(placementParams(c))
			.param("updatedAt", SqlTime.param(c.updatedAt()))
			.param("id", c.id())
			.param("version", c.version())
			.update();
		if (rows != 1) {
			throw new ConflictException("complaint.changed-meanwhile", c.reference().value());
		}
		appendHistory(c);
		c.stored(c.version() + 1);
	}

	private Map<String, Object> placementParams(Complaint c) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("district", c.placement().districtId());
		params.put("circle", c.placement().circleId());
		params.put("station", c.placement().stationId());
		params.put("enquiryOfficer", c.enquiryOfficerId());
		params.put("awaitingRole", c.awaitingRole() == null ? null : c.awaitingRole().name());
		params.put("returnCount", c.returnCount());
		params.put("reopenCount", c.reopenCount());
		params.put("outsideOffice", c.outsideOffice());
		return params;
	}

	/** The command's history rows, as one batch (a registration forwarded at once, an approval that disposes). */
	private void appendHistory(Complaint c) {
		List<Object[]> rows = new ArrayList<>();
		for (Complaint.PendingEntry e : c.pendingHistory()) {
			rows.add(new Object[] { c.id(), e.action().name(), e.from() == null ? null : e.from().name(), e.to().name(),
					e.actor().officerId(), e.actor().name(), e.role().name(), e.actor().postingId(), e.reason(),
					e.handedTo(), SqlTime.param(e.at()) });
		}
		if (rows.size() == 1) {
			jdbc.sql(HISTORY_INSERT).params(rows.get(0)).update();
		}
		else if (!rows.isEmpty()) {
			template.batchUpdate(HISTORY_INSERT, rows);
		}
	}

	private static final String HISTORY_INSERT = """
			insert into complaint_history (complaint_id, action, from_status, to_status, actor_officer_id,
			    actor_name, actor_role, actor_posting_unit_id, reason, handed_to_officer_id, occurred_at)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";

	Optional<Complaint> findByReference(String reference) {
		return jdbc.sql("select " + COLUMNS + " from complaint where reference = ?")
			.param(reference)
			.query(this::map)
			.optional();
	}

	/** The complaint, its row locked until the transaction ends. */
	Optional<Complaint> findByReferenceForUpdate(String reference) {
		return jdbc.sql("select " + COLUMNS + " from complaint where reference = ? for update")
			.param(reference)
			.query(this::map)
			.optional();
	}

	Optional<Complaint> findById(long id) {
		return jdbc.sql("select " + COLUMNS + " from complaint where id = ?").param(id).query(this::map).optional();
	}

	/** A fact for the history: a row that names the current status as both ends and moves nothing. */
	void appendFact(long complaintId, ComplaintAction fact, Actor actor, Role role, String reason, Instant at) {
		jdbc.sql("""
				insert into complaint_history (complaint_id, action, from_status, to_status, actor_officer_id,
				    actor_name, actor_role, actor_posting_unit_id, reason, handed_to_officer_id, occurred_at)
				select id, ?, status, status, ?, ?, ?, ?, ?, null, ? from complaint where id = ?""")
			.params(fact.name(), actor.officerId(), actor.name(), role.name(), actor.postingId(), reason,
					SqlTime.param(at), complaintId)
			.update();
	}

	/** Many facts in one JDBC batch. */
	void appendFacts(List<Fact> facts, Actor actor, Role role, Instant at) {
		List<Object[]> args = new ArrayList<>(facts.size());
		for (Fact f : facts) {
			args.add(new Object[] { f.action().name(), actor.officerId(), actor.name(), role.name(), actor.postingId(),
					f.reason(), SqlTime.param(at), f.complaintId() });
		}
		template.batchUpdate("""
				insert into complaint_history (complaint_id, action, from_status, to_status, actor_officer_id,
				    actor_name, actor_role, actor_posting_unit_id, reason, handed_to_officer_id, occurred_at)
				select id, ?, status, status, ?, ?, ?, ?, ?, null, ? from complaint where id = ?""", args);
	}

	/** The deadline's due date and whether its clock stands still, for showing; not versioned. */
	void showDue(long complaintId, Due due) {
		jdbc.sql("update complaint set due_on = ?, clock_paused = ? where id = ?")
			.params(due.dueOn(), due.paused(), complaintId)
			.update();
	}

	/** How many flags the paper-disposal detector raised on the complaint's latest report, for lists; not versioned. */
	void showFlags(long complaintId, int flagCount) {
		jdbc.sql("update complaint set flag_count = ? where id = ?").params(flagCount, complaintId).update();
	}

	/**
	 * The next {@code limit} complaints after {@code afterId} in id order, with the texts of those
	 * that have no search terms yet (registered before search existed, or written by SQL). It walks
	 * the primary key range by range: asking for "the first without terms" instead made the
	 * database look for them from the start again in every batch (13 minutes for 100,000).
	 */
	Batch withoutSearchTerms(long afterId, int limit) {
		List<Long> ids = new ArrayList<>();
		List<Texts> missing = new ArrayList<>();
		jdbc.sql("""
				select c.id, c.registered_at, s.complaint_id is null as missing,
				       case when s.complaint_id is null then c.complainant_name end as complainant_name,
				       case when s.complaint_id is null then c.description end as description,
				       case when s.complaint_id is null then c.incident_address end as incident_address
				from complaint c left join complaint_search_terms s on s.complaint_id = c.id
				where c.id > ? order by c.id limit ?""")
			.params(afterId, limit)
			.query(rs -> {
				ids.add(rs.getLong("id"));
				if (rs.getBoolean("missing")) {
					missing.add(new Texts(rs.getLong("id"), SqlTime.read(rs, "registered_at"),
							rs.getString("complainant_name"), rs.getString("description"),
							rs.getString("incident_address")));
				}
			});
		return new Batch(missing, ids.isEmpty() ? -1 : ids.get(ids.size() - 1));
	}

	/** A range of complaints: those of it without terms, and the last id it covered ({@code -1}: none left). */
	record Batch(List<Texts> missing, long lastId) {
	}

	/**
	 * Stores terms of complaints that had none. A plain insert: a per-row "unless it exists" check
	 * was planned once, while the table was empty, as a scan of the whole table, and then ran so for
	 * every row (17 minutes for 100,000).
	 */
	void storeSearchTerms(Map<Texts, String> terms) {
		List<Object[]> args = terms.entrySet()
			.stream()
			.map(e -> new Object[] { e.getKey().id(), SqlTime.param(e.getKey().registeredAt()), e.getValue() })
			.toList();
		template.batchUpdate("insert into complaint_search_terms (complaint_id, registered_at, terms) values (?, ?, ?)",
				args);
	}

	/** The texts a complaint's search terms are made of. */
	record Texts(long id, Instant registeredAt, String complainantName, String description, String incidentAddress) {
	}

	List<HistoryEntry> history(long complaintId) {
		return jdbc.sql("""
				select id, action, from_status, to_status, actor_officer_id, actor_name, actor_role,
				       actor_posting_unit_id, reason, handed_to_officer_id, occurred_at
				from complaint_history where complaint_id = ? order by id""")
			.param(complaintId)
			.query((rs, n) -> new HistoryEntry(rs.getLong("id"), ComplaintAction.valueOf(rs.getString("action")),
					status(rs.getString("from_status")), ComplaintStatus.valueOf(rs.getString("to_status")),
					rs.getObject("actor_officer_id", Long.class), rs.getString("actor_name"),
					Role.valueOf(rs.getString("actor_role")), rs.getObject("actor_posting_unit_id", Long.class),
					rs.getString("reason"), rs.getObject("handed_to_officer_id", Long.class),
					SqlTime.read(rs, "occurred_at")))
			.list();
	}

	/**
	 * A page of the complaints in a scope, in the filter's order (newest first by default). The
	 * posting's part and the caller's own cases are read as two index-ordered branches, each cut at
	 * the page's end, and merged: an OR of the two would make the database sort every complaint of
	 * the scope.
	 */
	List<ComplaintSummary> list(Scope scope, ComplaintQuery query, Set<Role> reviewerRoles, ListFilter filter) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("me", scope.officerId() == null ? -1L : scope.officerId());
		StringBuilder filters = new StringBuilder();
		if (query.status() != null) {
			filters.append(" and status = :status");
			params.put("status", query.status().name());
		}
		if (query.awaitingMe()) {
			filters.append(" and awaiting_role in (:roles)");
			params.put("roles", reviewerRoles.isEmpty() ? List.of("-") : reviewerRoles.stream().map(Role::name).toList());
		}
		if (query.awaitingOfficer()) {
			filters.append(" and enquiry_officer_id is null and status in (:open)");
			params.put("open", ENQUIRY_OPEN);
		}
		// Words, newest first, on PostgreSQL: looked for among ever more of the newest complaints (below).
		boolean windowed = postgreSql && !filter.terms().isEmpty() && filter.sort() == ComplaintSort.NEWEST;
		narrow(filter, windowed, filters, params);
		long offset = (long) query.page() * query.size();
		params.put("limit", query.size());
		params.put("offset", offset);
		String order = ORDER.get(filter.sort());
		// One's own enquiries, while posted where they lie (see Scope): one transferred away no
		// longer lists what one held there.
		String mine = "enquiry_officer_id = :me and (station_id = :ownStation or circle_id = :ownCircle)";
		params.put("ownStation", scope.ownStationId() == null ? -1L : scope.ownStationId());
		params.put("ownCircle", scope.ownCircleId() == null ? -1L : scope.ownCircleId());
		// The posting's complaints (a beat or outpost officer's are only their own: the branch above);
		// in the order of registration, a branch per district for a range, a zone or the state, so
		// that each reads its district's index in order. No index gives the due-date order: there
		// each branch would read its whole district (75 of them: 8.4 s for the state at 1M), so the
		// scope is read once and sorted.
		List<String> postings = query.onlyMine() || scope.level() == Scope.Level.OWN ? List.of()
				: filter.sort() == ComplaintSort.DUE_SOONEST ? List.of(scope.where(Scope.Columns.of("", null), params))
						: scope.whereEach(Scope.Columns.of("", null), params);
		if (postgreSql) {
			// A page of a list walks an index and stops early, or reads a search's few matches.
			// Parallel workers would split the walk and merge their results, which measured twenty
			// times slower (a two-word search of 100,000 complaints: 540 against 28 ms) and takes
			// cores from other requests. A generic plan, made once for any value, cannot tell a word
			// in three complaints of a hundred from one in three of a million, nor a week's window
			// from all time, and that choice is the whole cost. Both settings end with the list's
			// read-only transaction.
			jdbc.sql("select set_config('max_parallel_workers_per_gather', '0', true), "
					+ "set_config('plan_cache_mode', 'force_custom_plan', true)").query().singleRow();
		}
		String sql;
		if (postings.isEmpty()) {
			sql = branch(mine, filters, order) + " limit :limit offset :offset";
		}
		else {
			// Each branch is cut at the page's end, written into the statement: H2 (2.4) keeps the
			// results of a derived table's branches with a parameter for a limit, and answered a later
			// page of the same statement from an earlier page's shorter branches (a state-wide list's
			// third page missed two complaints).
			String cut = " limit " + (offset + query.size()) + ")";
			StringBuilder branches = new StringBuilder();
			for (String posting : postings) {
				branches.append('(').append(branch(posting, filters, order)).append(cut).append(" union ");
			}
			sql = "select * from (" + branches + "(" + branch(mine, filters, order) + cut + ") page order by " + order
					+ " limit :limit offset :offset";
		}
		if (windowed) {
			// Words, newest first: the matches among the scope's newest 2,000 complaints, then its
			// newest 5,000, then 20,000, then all, until a page is full. A full page from a window is
			// the right page: every complaint outside it is older. Each step reads only a window's
			// matches, however common the words (a phrase such as "जान से मारने की धमकी" is in one
			// complaint in thirty, and its words always come together, which the planner cannot
			// know: over all time it read every match, 1.8 s at a million); counting the window in
			// the scope's own complaints makes it as wide for a station as for a district.
			boolean oneIndex = scope.level() != Scope.Level.ALL && postings.size() < 2;
			String windowScope = postings.isEmpty() ? mine : oneIndex ? postings.get(0) : null;
			for (int newest : wordsWindows) {
				Instant from = newestRegistered(windowScope, params, newest);
				if (from == null) {
					break;
				}
				params.put("termsFrom", SqlTime.param(from));
				List<ComplaintSummary> page = page(sql, params);
				if (page.size() == query.size()) {
					return page;
				}
			}
			params.put("termsFrom", SqlTime.param(Instant.EPOCH));
		}
		return page(sql, params);
	}

	/**
	 * When the {@code count}-th newest complaint of a scope was registered (null: the scope has
	 * fewer), read along the scope's newest-first index; a scope of several districts or the state,
	 * which no one index orders, counts every complaint's search terms instead.
	 */
	private Instant newestRegistered(String scopeWhere, Map<String, Object> params, int count) {
		String sql = scopeWhere == null
				? "select registered_at from complaint_search_terms order by registered_at desc limit 1 offset :newest"
				: "select registered_at from complaint where " + scopeWhere
						+ " order by registered_at desc limit 1 offset :newest";
		Map<String, Object> bound = new LinkedHashMap<>(params);
		bound.put("newest", count);
		return jdbc.sql(sql).params(bound).query((rs, n) -> SqlTime.read(rs, "registered_at")).optional().orElse(null);
	}

	private List<ComplaintSummary> page(String sql, Map<String, Object> params) {
		return jdbc.sql(sql)
			.params(params)
			.query((rs, n) -> new ComplaintSummary(rs.getString("reference"),
					ComplaintStatus.valueOf(rs.getString("status")), rs.getString("category_code"),
					Channel.valueOf(rs.getString("channel")), rs.getLong("district_id"),
					rs.getObject("station_id", Long.class), rs.getObject("enquiry_officer_id", Long.class),
					role(rs.getString("awaiting_role")), rs.getInt("return_count"), SqlTime.read(rs, "registered_at"),
					rs.getObject("due_on", LocalDate.class)))
			.list();
	}

	/** The statuses of an open enquiry, which an officer holds or waits for (see {@link ComplaintAction#HAND_OVER}). */
	private static final List<String> ENQUIRY_OPEN = ComplaintStatus.openEnquiry().stream().map(Enum::name).sorted()
		.toList();

	/** The open enquiries an officer holds, their rows locked until the transaction ends. */
	List<Complaint> openEnquiriesHeldBy(long officerId) {
		return jdbc.sql("select " + COLUMNS + " from complaint where enquiry_officer_id = :officer and status in (:open)"
				+ " order by id for update")
			.param("officer", officerId)
			.param("open", ENQUIRY_OPEN)
			.query(this::map)
			.list();
	}

	/** References and places of the open enquiries each officer holds. */
	Map<Long, List<Workload.HeldEnquiry>> openEnquiriesHeldBy(Collection<Long> officerIds) {
		if (officerIds.isEmpty()) {
			return Map.of();
		}
		Map<Long, List<Workload.HeldEnquiry>> held = new LinkedHashMap<>();
		jdbc.sql("""
				select enquiry_officer_id, reference, district_id, circle_id, station_id from complaint
				where enquiry_officer_id in (:officers) and status in (:open) order by id""")
			.param("officers", officerIds)
			.param("open", ENQUIRY_OPEN)
			.query(rs -> {
				held.computeIfAbsent(rs.getLong("enquiry_officer_id"), k -> new ArrayList<>())
					.add(new Workload.HeldEnquiry(rs.getString("reference"), new Placement(rs.getLong("district_id"),
							rs.getObject("circle_id", Long.class), rs.getObject("station_id", Long.class))));
			});
		return held;
	}

	/**
	 * How many complaints placed at a district, circle or station are not finished: any but those
	 * transferred out, specially closed, or closed longer ago than an appeal could come.
	 */
	long openAt(String column, long unitId, Instant appealableSince) {
		return jdbc.sql("select count(*) from complaint where " + column + """
				 = :unit and status not in ('TRANSFERRED', 'SPECIAL_CLOSED')
				   and not (status in ('CLOSED', 'CLOSED_NO_FEEDBACK') and updated_at < :since)""")
			.param("unit", unitId)
			.param("since", SqlTime.param(appealableSince))
			.query(Long.class)
			.single();
	}

	private static final Map<ComplaintSort, String> ORDER = Map.of(ComplaintSort.NEWEST, "registered_at desc, id desc",
			ComplaintSort.OLDEST, "registered_at, id", ComplaintSort.DUE_SOONEST, "due_on nulls last, registered_at, id");

	/** Statuses a defaulter cannot be in: the police's work on it is done. */
	private static final List<String> SETTLED = Stream.of(ComplaintStatus.values())
		.filter(ComplaintStatus::isSettled)
		.map(ComplaintStatus::name)
		.toList();

	/** The conditions of a search and the filters, added to both branches of a list. */
	private void narrow(ListFilter filter, boolean windowed, StringBuilder where, Map<String, Object> params) {
		if (!filter.statuses().isEmpty()) {
			where.append(" and status in (:statuses)");
			params.put("statuses", filter.statuses().stream().map(Enum::name).toList());
		}
		if (filter.stationId() != null) {
			where.append(" and station_id = :stationFilter");
			params.put("stationFilter", filter.stationId());
		}
		if (filter.officerId() != null) {
			where.append(" and enquiry_officer_id = :officerFilter");
			params.put("officerFilter", filter.officerId());
		}
		if (filter.categoryCode() != null) {
			where.append(" and category_code = :category");
			params.put("category", filter.categoryCode());
		}
		if (filter.channel() != null) {
			where.append(" and channel = :channel");
			params.put("channel", filter.channel().name());
		}
		if (filter.registeredFrom() != null) {
			where.append(" and registered_at >= :registeredFrom");
			params.put("registeredFrom", SqlTime.param(filter.registeredFrom()));
		}
		if (filter.registeredBefore() != null) {
			where.append(" and registered_at < :registeredBefore");
			params.put("registeredBefore", SqlTime.param(filter.registeredBefore()));
		}
		if (filter.defaulterOn() != null) {
			where.append(" and due_on < :today and clock_paused = false and status not in (:settled)");
			params.put("today", filter.defaulterOn());
			params.put("settled", SETTLED);
		}
		if (filter.flagged()) {
			where.append(" and flag_count > 0");
		}
		if (!filter.references().isEmpty()) {
			where.append(" and reference in (:references)");
			params.put("references", filter.references());
		}
		if (filter.mobile() != null) {
			where.append(" and complainant_mobile = :mobile");
			params.put("mobile", filter.mobile());
		}
		if (!filter.terms().isEmpty()) {
			where.append(" and id in (select s.complaint_id from complaint_search_terms s where ");
			if (postgreSql) {
				// vector: the terms as a tsvector, a generated column with a GIN index (V202612040202)
				where.append("s.vector @@ cast(:terms as tsquery)");
				if (windowed) {
					// On both tables: the window's matches (the GIN index and the terms' time), or the
					// window's complaints of the scope (its newest-first index) each tested for the
					// words, whichever the planner finds cheaper.
					where.append(" and s.registered_at >= :termsFrom) and registered_at >= :termsFrom");
				}
				else {
					where.append(')');
				}
				params.put("terms", filter.terms()
					.stream()
					.map(t -> "'" + t.replace("\\", "\\\\").replace("'", "''") + "'")
					.collect(Collectors.joining(" & ")));
			}
			else {
				List<String> likes = new ArrayList<>();
				for (int i = 0; i < filter.terms().size(); i++) {
					likes.add("s.terms like :term" + i + " escape '\\'");
					params.put("term" + i, "% " + filter.terms().get(i).replaceAll("[\\\\%_]", "\\\\$0") + " %");
				}
				where.append(String.join(" and ", likes)).append(')');
			}
		}
	}

	private static String branch(String where, CharSequence filters, String order) {
		return """
				select id, reference, status, category_code, channel, district_id, station_id, enquiry_officer_id,
				       awaiting_role, return_count, registered_at, due_on
				from complaint where\s""" + where + filters + " order by " + order;
	}

	private Complaint map(ResultSet rs, int row) throws SQLException {
		Person victim = rs.getString("victim_name") == null ? null
				: new Person(rs.getString("victim_name"), rs.getString("victim_mobile"), rs.getString("victim_address"),
						null);
		return new Complaint(rs.getLong("id"), new ReferenceNumber(rs.getString("reference")),
				ComplaintStatus.valueOf(rs.getString("status")), rs.getInt("version"),
				Channel.valueOf(rs.getString("channel")), categories.require(rs.getString("category_code")),
				new Person(rs.getString("complainant_name"), rs.getString("complainant_mobile"),
						rs.getString("complainant_address"), rs.getString("complainant_email")),
				victim, rs.getString("description"),
				new Incident(rs.getObject("incident_date", LocalDate.class), rs.getString("incident_address"),
						rs.getObject("incident_latitude", Double.class), rs.getObject("incident_longitude", Double.class)),
				rs.getObject("suggested_station_id", Long.class),
				new Placement(rs.getLong("district_id"), rs.getObject("circle_id", Long.class),
						rs.getObject("station_id", Long.class)),
				rs.getObject("enquiry_officer_id", Long.class), role(rs.getString("awaiting_role")),
				rs.getInt("return_count"), rs.getInt("reopen_count"), rs.getString("outside_office"),
				rs.getObject("registered_by", Long.class), SqlTime.read(rs, "registered_at"),
				SqlTime.read(rs, "updated_at"),
				new Due(rs.getObject("due_on", LocalDate.class), rs.getBoolean("clock_paused")));
	}

	private static ComplaintStatus status(String value) {
		return value == null ? null : ComplaintStatus.valueOf(value);
	}

	private static Role role(String value) {
		return value == null ? null : Role.valueOf(value);
	}


}
