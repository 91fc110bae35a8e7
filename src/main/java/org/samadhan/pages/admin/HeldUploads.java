package org.samadhan.pages.admin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.web.multipart.MultipartFile;

/**
 * Files an administrator uploaded for a dry run, kept in their session until they apply them, so
 * that "apply" applies the very files whose plan was shown without sending them again. Each dry run
 * gets a token that its apply form carries; a token applied a second time (a double click, the back
 * button) starts nothing new and leads to the first run's progress. Only the latest few dry runs
 * are kept, and an applied one keeps no bytes.
 */
final class HeldUploads implements Serializable {

	private static final String ATTRIBUTE = HeldUploads.class.getName();

	private static final int KEPT = 3;

	private final Map<String, Held> held = new LinkedHashMap<>();

	static HeldUploads of(HttpSession session) {
		synchronized (HeldUploads.class) {
			HeldUploads uploads = (HeldUploads) session.getAttribute(ATTRIBUTE);
			if (uploads == null) {
				uploads = new HeldUploads();
				session.setAttribute(ATTRIBUTE, uploads);
			}
			return uploads;
		}
	}

	/**
	 * Writes the held uploads back to the session after a change (a dry run held, an upload started
	 * from one): sessions live in the database, which stores an attribute when it is set, not when
	 * the object it holds changes.
	 */
	static void changed(HttpSession session) {
		Object uploads = session.getAttribute(ATTRIBUTE);
		if (uploads != null) {
			session.setAttribute(ATTRIBUTE, uploads);
		}
	}

	/** Keeps the files of a dry run for {@code target} (a district's code, or the transfer list); answers the token. */
	synchronized String hold(String target, MultipartFile... files) {
		String token = UUID.randomUUID().toString();
		held.put(token, new Held(target, files));
		while (held.size() > KEPT) {
			held.remove(held.keySet().iterator().next());
		}
		return token;
	}

	/** The files held under this token for this target, or null (none, another target's, or forgotten). */
	synchronized Held find(String token, String target) {
		Held files = token == null ? null : held.get(token);
		return files == null || !files.target.equals(target) ? null : files;
	}

	/** The files of one dry run, as they came, and the upload that applied them once it started. */
	static final class Held implements Serializable {

		private final String target;

		private final List<String> names = new ArrayList<>();

		private final List<byte[]> contents = new ArrayList<>();

		private Long uploadId;

		private Held(String target, MultipartFile... files) {
			this.target = target;
			for (MultipartFile file : files) {
				byte[] bytes = bytes(file);
				names.add(bytes == null ? null : file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename());
				contents.add(bytes);
			}
		}

		/** The i-th file given to {@link HeldUploads#hold}, or null when that one was left empty. */
		byte[] file(int index) {
			return contents.get(index);
		}

		/** The names of the files given, as the record of uploads keeps them. */
		String fileName() {
			return String.join(" + ", names.stream().filter(n -> n != null).toList());
		}

		/** All the files' bytes, one after another, for the fingerprint the record of uploads keeps. */
		byte[] joined() {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			contents.stream().filter(c -> c != null).forEach(all::writeBytes);
			return all.toByteArray();
		}

		/** The upload already started from these files, or null. */
		Long uploadId() {
			return uploadId;
		}

		/** Started: the bytes are no longer needed. */
		void started(long id) {
			uploadId = id;
			contents.replaceAll(c -> null);
		}
	}

	/** A file input's bytes; null for one left empty (a browser still sends a nameless, empty part). */
	static byte[] bytes(MultipartFile file) {
		try {
			return file == null || file.isEmpty() ? null : file.getBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
