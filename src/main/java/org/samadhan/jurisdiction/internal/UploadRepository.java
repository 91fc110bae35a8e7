package org.samadhan.jurisdiction.internal;

import java.time.Instant;
import java.util.Optional;

import org.samadhan.jurisdiction.Upload;
import org.samadhan.shared.SqlTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Uploads and their progress; written in transactions of their own, beside the one that applies the file. */
@Repository
public class UploadRepository {

	private final JdbcClient jdbc;

	UploadRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public long start(Upload.Kind kind, Long districtId, String fileName, String sha256, int total, long by,
			Instant at) {
		GeneratedKeyHolder keys = new GeneratedKeyHolder();
		jdbc.sql("""
				insert into jurisdiction_upload (kind, district_id, file_name, sha256, status, total, done, changes,
				                                 created_by, created_at, updated_at)
				values (:kind, :district, :file, :sha, 'RUNNING', :total, 0, 0, :by, :at, :at)""")
			.param("kind", kind.name())
			.param("district", districtId)
			.param("file", fileName.length() > 300 ? fileName.substring(0, 300) : fileName)
			.param("sha", sha256)
			.param("total", total)
			.param("by", by)
			.param("at", SqlTime.param(at))
			.update(keys, "id");
		return keys.getKeyAs(Number.class).longValue();
	}

	public void progress(long id, int done, Instant at) {
		jdbc.sql("update jurisdiction_upload set done = ?, updated_at = ? where id = ? and status = 'RUNNING'")
			.params(done, SqlTime.param(at), id)
			.update();
	}

	public void finish(long id, Upload.Status status, int done, int changes, String summary, String failureKey,
			String failureArgument, Instant at) {
		jdbc.sql("""
				update jurisdiction_upload set status = ?, done = ?, changes = ?, summary = ?, failure_key = ?,
				       failure_arg = ?, updated_at = ?, finished_at = ?
				where id = ?""")
			.params(status.name(), done, changes, cut(summary, 4000), failureKey, cut(failureArgument, 2000),
					SqlTime.param(at), SqlTime.param(at), id)
			.update();
	}

	/**
	 * Marks a running upload failed as interrupted, if it still runs and has shown no sign of life
	 * since {@code before}; false if it moved meanwhile (its instance is alive after all).
	 */
	public boolean markInterrupted(long id, Instant before, Instant at) {
		return jdbc.sql("""
				update jurisdiction_upload set status = 'FAILED', failure_key = 'admin.upload.interrupted',
				       updated_at = ?, finished_at = ?
				where id = ? and status = 'RUNNING' and updated_at < ?""")
			.params(SqlTime.param(at), SqlTime.param(at), id, SqlTime.param(before))
			.update() > 0;
	}

	public Optional<Upload> find(long id) {
		return jdbc.sql("""
				select id, kind, district_id, file_name, status, total, done, changes, summary, failure_key, failure_arg,
				       created_by, created_at, updated_at, finished_at
				from jurisdiction_upload where id = ?""")
			.param(id)
			.query((rs, n) -> new Upload(rs.getLong("id"), Upload.Kind.valueOf(rs.getString("kind")),
					rs.getObject("district_id", Long.class), rs.getString("file_name"),
					Upload.Status.valueOf(rs.getString("status")), rs.getInt("total"), rs.getInt("done"),
					rs.getInt("changes"), rs.getString("summary"), rs.getString("failure_key"),
					rs.getString("failure_arg"), rs.getLong("created_by"), SqlTime.read(rs, "created_at"),
					SqlTime.read(rs, "updated_at"), SqlTime.read(rs, "finished_at")))
			.optional();
	}

	private static String cut(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max);
	}
}
