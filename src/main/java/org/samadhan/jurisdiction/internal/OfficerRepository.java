package org.samadhan.jurisdiction.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.samadhan.jurisdiction.OfficerStatus;
import org.samadhan.jurisdiction.Role;
import org.samadhan.shared.PerTransaction;
import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
public class OfficerRepository {

	/**
	 * Stored until an officer sets their own password: no password matches it (it is not a BCrypt
	 * hash), so the account cannot be signed into before.
	 */
	public static final String UNUSABLE_PASSWORD = "!unset";

	private static final String SELECT = """
			select o.id, o.username, o.password_hash, o.name_en, o.name_hi, o.rank, o.mobile, o.posting_unit_id,
			       o.status, o.version, o.demo_account, r.role
			from jurisdiction_officer o left join jurisdiction_officer_role r on r.officer_id = o.id
			""";

	private final JdbcClient jdbc;

	OfficerRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The officer's row; read once per transaction (a command's listeners ask for the officer it
	 * assigned again and again), and read afresh after any change to an officer in it.
	 */
	public Optional<OfficerRow> findById(long id) {
		Map<Long, Optional<OfficerRow>> read = READ.current();
		if (read == null) {
			return first(jdbc.sql(SELECT + " where o.id = ?").param(id));
		}
		Optional<OfficerRow> row = read.get(id);
		if (row == null) {
			row = first(jdbc.sql(SELECT + " where o.id = ?").param(id));
			read.put(id, row);
		}
		return row;
	}

	/** The rows of these officers that exist, read in one statement (and kept for the transaction). */
	public Map<Long, OfficerRow> findByIds(Collection<Long> ids) {
		Map<Long, Optional<OfficerRow>> read = READ.current();
		Map<Long, OfficerRow> found = new LinkedHashMap<>();
		List<Long> missing = new ArrayList<>();
		for (Long id : new LinkedHashSet<>(ids)) {
			Optional<OfficerRow> row = read == null ? null : read.get(id);
			if (row == null) {
				missing.add(id);
			}
			else {
				row.ifPresent(r -> found.put(id, r));
			}
		}
		if (!missing.isEmpty()) {
			Map<Long, OfficerRow> rows = new HashMap<>();
			collect(jdbc.sql(SELECT + " where o.id in (:ids)").param("ids", missing)).forEach(r -> rows.put(r.id(), r));
			for (Long id : missing) {
				OfficerRow row = rows.get(id);
				if (read != null) {
					read.put(id, Optional.ofNullable(row));
				}
				if (row != null) {
					found.put(id, row);
				}
			}
		}
		return found;
	}

	/**
	 * The rows read by id in the current transaction (a transaction suspended for a new one keeps its
	 * own), forgotten when it ends or an officer changes; null outside a transaction.
	 */
	private static final PerTransaction<Map<Long, Optional<OfficerRow>>> READ = new PerTransaction<>(HashMap::new);

	private static void forgetRead() {
		Map<Long, Optional<OfficerRow>> rows = READ.current();
		if (rows != null) {
			rows.clear();
		}
	}

	public Optional<OfficerRow> findByUsername(String username) {
		return first(jdbc.sql(SELECT + " where o.username = ?").param(username));
	}

	public List<OfficerRow> findByPostingsAndRole(Collection<Long> unitIds, Role role) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return collect(jdbc.sql(SELECT + """
				where o.status = 'ACTIVE' and o.posting_unit_id in (:units)
				  and exists (select 1 from jurisdiction_officer_role x where x.officer_id = o.id and x.role = :role)
				order by o.name_en""").param("units", unitIds).param("role", role.name()));
	}

	/** Active officers posted at these units, whatever their roles. */
	public List<OfficerRow> findPostedAt(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return List.of();
		}
		return collect(jdbc.sql(SELECT + " where o.status = 'ACTIVE' and o.posting_unit_id in (:units) order by o.name_en")
			.param("units", unitIds));
	}

	/** Whether an active officer holding one of these roles is posted at one of these units. */
	public boolean anyActive(Collection<Long> unitIds, Collection<Role> roles) {
		if (unitIds.isEmpty() || roles.isEmpty()) {
			return false;
		}
		return jdbc.sql("""
				select count(*) from jurisdiction_officer o
				where o.status = 'ACTIVE' and o.posting_unit_id in (:units)
				  and exists (select 1 from jurisdiction_officer_role r where r.officer_id = o.id and r.role in (:roles))""")
			.param("units", unitIds)
			.param("roles", roles.stream().map(Role::name).toList())
			.query(Long.class)
			.single() > 0;
	}

	public long countActiveUnder(Collection<Long> unitIds) {
		if (unitIds.isEmpty()) {
			return 0;
		}
		return jdbc.sql("select count(*) from jurisdiction_officer where status = 'ACTIVE' and posting_unit_id in (:units)")
			.param("units", unitIds)
			.query(Long.class)
			.single();
	}

	public boolean usernameTaken(String username) {
		return jdbc.sql("select count(*) from jurisdiction_officer where lower(username) = lower(?)")
			.param(username)
			.query(Long.class)
			.single() > 0;
	}

	/** Officers not deactivated who carry this mobile number. */
	public List<Long> holdersOfMobile(String mobile) {
		return jdbc.sql("select id from jurisdiction_officer where mobile = ? and status <> 'DEACTIVATED'")
			.param(mobile)
			.query(Long.class)
			.list();
	}

	/** A new officer, active, posted at {@code unitId}, with no password yet; answers the id. */
	public long insert(String username, String nameEn, String nameHi, String rank, String mobile, long unitId,
			Instant at) {
		forgetRead();
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into jurisdiction_officer (username, password_hash, name_en, name_hi, rank, mobile, posting_unit_id,
				                                  status, demo_account, version, created_at)
				values (:username, :hash, :nameEn, :nameHi, :rank, :mobile, :unit, 'ACTIVE', false, 1, :at)""")
			.param("username", username)
			.param("hash", UNUSABLE_PASSWORD)
			.param("nameEn", nameEn)
			.param("nameHi", nameHi)
			.param("rank", rank)
			.param("mobile", mobile)
			.param("unit", unitId)
			.param("at", SqlTime.param(at))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	/** New details, if the officer is still at {@code version}; answers whether they were. */
	public boolean changeDetails(long id, int version, String nameEn, String nameHi, String rank, String mobile) {
		forgetRead();
		return jdbc.sql("""
				update jurisdiction_officer set name_en = ?, name_hi = ?, rank = ?, mobile = ?, version = version + 1
				where id = ? and version = ?""")
			.params(nameEn, nameHi, rank, mobile, id, version)
			.update() > 0;
	}

	/** The current posting and status, if the officer is still at {@code version}; answers whether they were. */
	public boolean changePosting(long id, int version, Long unitId, OfficerStatus status) {
		forgetRead();
		return jdbc.sql("""
				update jurisdiction_officer set posting_unit_id = ?, status = ?, version = version + 1
				where id = ? and version = ?""")
			.params(unitId, status.name(), id, version)
			.update() > 0;
	}

	public void replaceRoles(long id, Set<Role> roles) {
		forgetRead();
		jdbc.sql("delete from jurisdiction_officer_role where officer_id = ?").param(id).update();
		for (Role role : roles) {
			jdbc.sql("insert into jurisdiction_officer_role (officer_id, role) values (?, ?)")
				.params(id, role.name())
				.update();
		}
	}

	/**
	 * Officers for an administrator's list: posted at one of these units (null: anywhere), or with no
	 * posting whose latest posting was at one of them; optionally only those whose name, username or
	 * mobile contains {@code text}; by name.
	 */
	public List<OfficerRow> find(Collection<Long> unitIds, String text, OfficerStatus status, int limit, int offset) {
		List<String> where = new ArrayList<>();
		Map<String, Object> params = new LinkedHashMap<>();
		if (unitIds != null) {
			where.add("""
					(o.posting_unit_id in (:units) or (o.posting_unit_id is null and exists (
					  select 1 from jurisdiction_posting p where p.officer_id = o.id and p.unit_id in (:units)
					  and p.id = (select max(q.id) from jurisdiction_posting q where q.officer_id = o.id))))""");
			params.put("units", unitIds.isEmpty() ? List.of(-1L) : unitIds);
		}
		if (text != null && !text.isBlank()) {
			where.add("(lower(o.username) like :text escape '\\' or lower(o.name_en) like :text escape '\\' "
					+ "or o.name_hi like :raw escape '\\' or o.mobile like :raw escape '\\')");
			// Usernames hold underscores (io_kotwali_1): the LIKE wildcards are escaped, not dropped.
			String needle = text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
			params.put("text", "%" + needle.toLowerCase(java.util.Locale.ROOT) + "%");
			params.put("raw", "%" + needle + "%");
		}
		if (status != null) {
			where.add("o.status = :status");
			params.put("status", status.name());
		}
		params.put("limit", limit);
		params.put("offset", offset);
		List<Long> ids = jdbc.sql("select o.id from jurisdiction_officer o"
				+ (where.isEmpty() ? "" : " where " + String.join(" and ", where))
				+ " order by o.name_en, o.id limit :limit offset :offset")
			.params(params)
			.query(Long.class)
			.list();
		if (ids.isEmpty()) {
			return List.of();
		}
		Map<Long, OfficerRow> byId = new LinkedHashMap<>();
		collect(jdbc.sql(SELECT + " where o.id in (:ids)").param("ids", ids)).forEach(r -> byId.put(r.id(), r));
		return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
	}

	/** Gives these officers, not yet demo accounts, the published demo password and the demo flag. */
	public int makeDemoAccounts(Collection<String> usernames, String passwordHash) {
		forgetRead();
		if (usernames.isEmpty()) {
			return 0;
		}
		return jdbc.sql("""
				update jurisdiction_officer set password_hash = :hash, demo_account = true
				where username in (:usernames) and not demo_account""")
			.param("hash", passwordHash)
			.param("usernames", usernames)
			.update();
	}

	/** A new password hash, or {@link #UNUSABLE_PASSWORD} while the officer is to set one. */
	public void setPasswordHash(long id, String hash) {
		forgetRead();
		jdbc.sql("update jurisdiction_officer set password_hash = ? where id = ?").params(hash, id).update();
	}

	/** How many active officers still carry a demo account: a production start refuses to run with any. */
	public long countActiveDemoAccounts() {
		return jdbc.sql("select count(*) from jurisdiction_officer where status = 'ACTIVE' and demo_account")
			.query(Long.class)
			.single();
	}

	private Optional<OfficerRow> first(JdbcClient.StatementSpec spec) {
		return collect(spec).stream().findFirst();
	}

	private List<OfficerRow> collect(JdbcClient.StatementSpec spec) {
		Map<Long, OfficerRow> byId = new LinkedHashMap<>();
		spec.query(rs -> {
			long id = rs.getLong("id");
			OfficerRow row = byId.computeIfAbsent(id, k -> {
				try {
					return new OfficerRow(id, rs.getString("username"), rs.getString("password_hash"),
							rs.getString("name_en"), rs.getString("name_hi"), rs.getString("rank"), rs.getString("mobile"),
							rs.getObject("posting_unit_id", Long.class), OfficerStatus.valueOf(rs.getString("status")),
							rs.getInt("version"), rs.getBoolean("demo_account"), EnumSet.noneOf(Role.class));
				}
				catch (java.sql.SQLException ex) {
					throw new IllegalStateException(ex);
				}
			});
			String role = rs.getString("role");
			if (role != null) {
				row.roles().add(Role.valueOf(role));
			}
		});
		return List.copyOf(byId.values());
	}

	public record OfficerRow(long id, String username, String passwordHash, String nameEn, String nameHi, String rank,
			String mobile, Long postingUnitId, OfficerStatus status, int version, boolean demoAccount, Set<Role> roles) {

		/** Serving and posted: may sign in and act. */
		public boolean active() {
			return status == OfficerStatus.ACTIVE && postingUnitId != null;
		}
	}
}
