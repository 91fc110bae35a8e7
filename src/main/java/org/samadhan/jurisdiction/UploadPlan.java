package org.samadhan.jurisdiction;

import java.util.List;
import java.util.Set;

/**
 * What applying an uploaded file would do, row by row, worked out before anything is written: each
 * row's outcome, and every fault with its row and column. A plan with a fault is applied not at
 * all; one without is applied whole, in one transaction.
 */
public record UploadPlan(List<Line> lines) {

	public UploadPlan {
		lines = List.copyOf(lines);
	}

	public enum Outcome {
		/** A unit or officer to be added. */
		CREATE,
		/** Names, rank, mobile or position to be changed. */
		UPDATE,
		/** A posting or roles to be changed (with or without new details). */
		TRANSFER,
		/** Already as the row says: nothing to do. */
		UNCHANGED,
		/** Refused: see its faults. */
		ERROR
	}

	/** One row: its sheet and number, what it names (a code or username), what it would do and why not. */
	public record Line(String sheet, int row, String key, Outcome outcome, Detail detail, List<Fault> faults) {

		public Line {
			faults = List.copyOf(faults);
		}
	}

	/**
	 * What a row would do in a few words (the unit added and under what, the officer's move), as a
	 * message key with its arguments, so that it is read in the reader's language like the faults.
	 */
	public record Detail(String messageKey, List<Object> arguments) {

		public Detail {
			arguments = List.copyOf(arguments);
		}

		static Detail of(String messageKey, Object... arguments) {
			return new Detail(messageKey, List.of(arguments));
		}

		/** An officer's move: from the posting and roles held now (if any) to the new ones. */
		static Detail move(Officer officer, String unitCode, Set<Role> roles) {
			return officer.posting() == null
					? of("admin.plan.officer.first-posting", unitCode, Administration.roles(roles))
					: of("admin.plan.officer.move", officer.posting().code(), Administration.roles(officer.roles()),
							unitCode, Administration.roles(roles));
		}
	}

	/** A fault of a row, in a column (null: the row as a whole), as a message key with its arguments. */
	public record Fault(String column, String messageKey, List<Object> arguments) {

		public Fault {
			arguments = List.copyOf(arguments);
		}
	}

	public boolean valid() {
		return lines.stream().noneMatch(l -> l.outcome() == Outcome.ERROR);
	}

	public long count(Outcome outcome) {
		return lines.stream().filter(l -> l.outcome() == outcome).count();
	}

	/** How many rows would change something. */
	public int changes() {
		return (int) lines.stream()
			.filter(l -> l.outcome() != Outcome.UNCHANGED && l.outcome() != Outcome.ERROR)
			.count();
	}
}
